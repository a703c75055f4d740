import { MarkdownView, Notice, TFile, type App } from 'obsidian';
import type { DraftKind } from '../engine/drafts';
import { FOLLOW_UP_KINDS, type FollowUp, type FollowUpKind } from '../engine/follow-ups';
import type { InterviewNote } from '../engine/interview-note';
import { recordFollowUp, recordSnooze } from '../engine/record';
import type { RowAction } from '../ui/render-sidebar';
import { rowKey, type FollowUpRow } from '../ui/sidebar-model';
import { showSnoozeMenu } from '../ui/snooze-menu';
import { appendToNote, draftsOfFollowUp, draftsOfKind, fillInsMessage, insertIntoEditor, type DraftHost } from './drafts';
import type { LiveAgenda } from './live-agenda';
import { recordInNote } from './recording';

export interface ActionsHost extends DraftHost {
  app: App;
  live: LiveAgenda;
}

/** The buttons on each follow-up row of the sidebar. */
export const ROW_ACTIONS: readonly RowAction[] = [
  { id: 'draft', label: 'Draft', describe: (r) => `Draft: ${r.title}`, offers: (r) => r.state !== 'done' },
  {
    id: 'done',
    label: 'Mark done',
    describe: (r) => (r.kind === 'status-inquiry' ? `Mark done (sent today): ${r.title}` : `Mark done today: ${r.title}`),
    offers: (r) => r.state !== 'done',
  },
  { id: 'snooze', label: 'Snooze', describe: (r) => `Snooze: ${r.title}`, offers: (r) => r.state !== 'done' },
];

const MARK_NAMES: Record<FollowUpKind, string> = {
  'thank-you': 'Mark thank-you sent',
  'notify-references': 'Mark references notified',
  'promised-follow-up': 'Mark promised follow-up done',
  'status-inquiry': 'Mark status inquiry sent',
  'written-offer': 'Mark written offer requested',
  'rejection-reply': 'Mark rejection reply sent',
};

const DRAFT_NAMES: Record<DraftKind, string> = {
  'thank-you': 'Insert thank-you draft',
  'notify-references': 'Insert reference heads-up draft',
  'promised-follow-up': 'Insert promised follow-up draft',
  'status-inquiry': 'Insert status inquiry draft',
  'written-offer': 'Insert written offer request draft',
  'rejection-reply': 'Insert rejection reply draft',
  'linkedin-note': 'Insert LinkedIn note draft',
};

/** Opens a note by its path (not as a link: `#` in a file name is no heading). */
export async function openNote(app: App, path: string): Promise<boolean> {
  const file = app.vault.getFileByPath(path);
  if (file === null) {
    new Notice(`Interview Follow-up: ${path} no longer exists.`);
    return false;
  }
  await app.workspace.getLeaf(false).openFile(file);
  return true;
}

/** Drafting, marking done and snoozing, from the sidebar and the command palette. */
export class FollowUpActions {
  constructor(private readonly host: ActionsHost) {}

  private followUp(row: FollowUpRow): FollowUp | null {
    return this.host.live.agenda()?.followUps.find((f) => rowKey(f) === row.key) ?? null;
  }

  async onRowAction(action: string, row: FollowUpRow, event: MouseEvent): Promise<void> {
    const f = this.followUp(row);
    if (f === null) return;
    if (action === 'draft') await this.draftFromSidebar(f);
    else if (action === 'done') await this.record(f.note.path, recordFollowUp(f.kind, this.host.today()));
    else if (action === 'snooze') {
      showSnoozeMenu(this.host.app, event, this.host.today(), row.title, (day) => void this.record(f.note.path, recordSnooze(day)));
    }
  }

  record(path: string, recording: Parameters<typeof recordInNote>[2]): Promise<boolean> {
    return recordInNote(this.host.app, path, recording, (path) => this.host.live.settled(path));
  }

  /** Opens the note and adds the drafts at its end (in the editor when it is open there, so one undo takes them back). */
  private async draftFromSidebar(f: FollowUp): Promise<void> {
    const drafts = await draftsOfFollowUp(this.host, f);
    const { app } = this.host;
    if (!(await openNote(app, f.note.path))) return;
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    if (view !== null && view.file?.path === f.note.path) {
      const editor = view.editor;
      editor.setCursor({ line: editor.lastLine(), ch: editor.getLine(editor.lastLine()).length });
      insertIntoEditor(editor, drafts);
    } else {
      const file = app.vault.getAbstractFileByPath(f.note.path);
      if (!(file instanceof TFile)) return;
      await appendToNote(app, file, drafts);
    }
    new Notice(fillInsMessage(drafts));
  }

  private hasFollowUp(path: string, kind: FollowUpKind): boolean {
    return this.host.live.agenda()?.followUps.some((f) => f.kind === kind && f.note.path === path) ?? false;
  }

  private activeInterview(): InterviewNote | null {
    const file = this.host.app.workspace.getActiveFile();
    return file === null ? null : this.host.live.interviewNote(file.path);
  }

  /** The commands of the palette: a draft of each kind at the cursor, and marking each kind done. */
  commands(): Array<{ id: string; name: string; checkCallback: (checking: boolean) => boolean }> {
    const drafts = (Object.keys(DRAFT_NAMES) as DraftKind[]).map((kind) => ({
      id: `insert-${kind}-draft`,
      name: DRAFT_NAMES[kind],
      checkCallback: (checking: boolean) => {
        const note = this.activeInterview();
        const view = this.host.app.workspace.getActiveViewOfType(MarkdownView);
        if (note === null || view === null) return false;
        if (!checking) void this.insertAtCursor(view, note, kind);
        return true;
      },
    }));
    const marks = FOLLOW_UP_KINDS.map((kind) => ({
      id: `mark-${kind}`,
      name: MARK_NAMES[kind],
      checkCallback: (checking: boolean) => {
        const note = this.activeInterview();
        // Offered only where the note has such a follow-up: no rejection reply on an open application.
        if (note === null || !this.hasFollowUp(note.path, kind)) return false;
        if (!checking) void this.record(note.path, recordFollowUp(kind, this.host.today()));
        return true;
      },
    }));
    return [...drafts, ...marks];
  }

  private async insertAtCursor(view: MarkdownView, note: InterviewNote, kind: DraftKind): Promise<void> {
    const drafts = await draftsOfKind(this.host, note, kind);
    insertIntoEditor(view.editor, drafts);
    new Notice(fillInsMessage(drafts));
  }
}
