import { MarkdownView, Notice, TFile, type App } from 'obsidian';
import type { Draft } from '../engine/drafts';
import type { FollowUp } from '../engine/follow-ups';
import { FOLLOW_UP_KIND_INFO } from '../engine/follow-up-kinds';
import { withPersonNote } from '../engine/people';
import { recipientOfFollowUp } from '../engine/use-cases/draft';
import type { RecordRequest } from '../engine/use-cases/record';
import type { RowAction } from '../ui/render-sidebar';
import type { MenuAnchor } from '../ui/row-menu';
import { rowKey, type FollowUpRow } from '../ui/sidebar-model';
import { showSnoozeMenu } from '../ui/snooze-menu';
import { appendInEditor, appendToNote, draftsBlock, draftsOfFollowUp, fillInsMessage, type DraftHost } from './drafts';
import type { LiveAgenda } from './live-agenda';
import type { ObsidianVault } from './obsidian-vault';
import { recordInPlugin } from './recording';

export interface ActionsHost extends DraftHost {
  app: App;
  live: LiveAgenda;
  interviews: ObsidianVault;
}

const open = (r: FollowUpRow) => r.state !== 'done';

/**
 * What a follow-up row offers: its primary action as a button (Draft, or
 * Mark done where it has no draft), the rest in its menu. Each accessible
 * name starts with its visible text. An offer's deadline has no done marker
 * (answering the offer ends it) and is not snoozed: the employer set it.
 */
export const ROW_ACTIONS: readonly RowAction[] = [
  { id: 'draft', label: 'Draft', icon: 'pencil', describe: (r) => `Draft: ${r.title}`, offers: (r) => open(r) && r.draftable },
  { id: 'copy', label: 'Copy draft', icon: 'copy', describe: (r) => `Copy the draft: ${r.title}`, offers: (r) => open(r) && r.draftable },
  {
    id: 'email',
    label: 'Email draft',
    icon: 'mail',
    describe: (r) => `Email the draft to ${r.email ?? ''}: ${r.title}`,
    offers: (r) => open(r) && r.draftable && r.email !== null,
  },
  {
    id: 'done',
    label: 'Mark done',
    icon: 'check',
    describe: (r) => (r.kind === 'status-inquiry' ? `Mark done (sent today): ${r.title}` : `Mark done today: ${r.title}`),
    offers: (r) => open(r) && r.markable,
  },
  { id: 'snooze', label: 'Snooze…', icon: 'alarm-clock', describe: (r) => `Snooze: ${r.title}`, offers: (r) => open(r) && FOLLOW_UP_KIND_INFO[r.kind].snoozable },
];

/** Opens a note by its path (not as a link: `#` in a file name is no heading). */
export async function openNote(app: App, path: string, line?: number): Promise<boolean> {
  const file = app.vault.getFileByPath(path);
  if (file === null) {
    new Notice(`Interview Follow-up: ${path} no longer exists.`);
    return false;
  }
  // The editor counts lines from 0.
  await app.workspace.getLeaf(false).openFile(file, line === undefined ? undefined : { eState: { line: line - 1 } });
  return true;
}

/** A `mailto:` link with the draft's subject and body, for the person's mail app. */
export function mailtoOf(draft: Draft): string | null {
  if (draft.email === null) return null;
  const query = [draft.subject !== null ? `subject=${encodeURIComponent(draft.subject)}` : null, `body=${encodeURIComponent(draft.body)}`].filter((q) => q !== null);
  return `mailto:${encodeURIComponent(draft.email)}?${query.join('&')}`;
}

/** Drafting, copying, emailing, marking done and snoozing, from the sidebar. */
export class FollowUpActions {
  constructor(private readonly host: ActionsHost) {}

  private followUp(row: FollowUpRow): FollowUp | null {
    return this.host.live.agenda()?.followUps.find((f) => rowKey(f) === row.key) ?? null;
  }

  /** The address a follow-up's draft goes to, where the note or the person's note gives one. */
  emailOf(f: FollowUp): string | null {
    const person = recipientOfFollowUp(f);
    if (person === null) return null;
    if (person.email !== null || person.link === null) return person.email;
    return withPersonNote(person, this.host.personNote(person.link, f.note.path)).email;
  }

  async onRowAction(action: string, row: FollowUpRow, at: MenuAnchor | MouseEvent): Promise<void> {
    const f = this.followUp(row);
    if (f === null) return;
    if (action === 'draft') await this.draftFromSidebar(f);
    else if (action === 'copy') await this.copy(f);
    else if (action === 'email') await this.email(f);
    else if (action === 'done') await this.record({ command: 'mark', path: f.note.path, kind: f.kind, who: null, day: this.host.today() });
    else if (action === 'snooze') {
      showSnoozeMenu(this.host.app, at, this.host.today(), row.title, (until) => void this.record({ command: 'snooze', path: f.note.path, until }));
    }
  }

  /** Records through the engine's use case, as the command line does. */
  record(request: RecordRequest): Promise<boolean> {
    return recordInPlugin(this.host.interviews, this.host.live, request);
  }

  /** Opens the note and adds the drafts under its `## Follow-up drafts` heading (in the editor when it shows the note, so one undo takes them back). */
  private async draftFromSidebar(f: FollowUp): Promise<void> {
    const drafts = await draftsOfFollowUp(this.host, f);
    const { app } = this.host;
    if (!(await openNote(app, f.note.path))) return;
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    if (view !== null && view.file?.path === f.note.path) {
      appendInEditor(view.editor, drafts);
    } else {
      const file = app.vault.getAbstractFileByPath(f.note.path);
      if (!(file instanceof TFile)) return;
      await appendToNote(app, file, drafts);
    }
    new Notice(fillInsMessage(drafts));
  }

  private async copy(f: FollowUp): Promise<void> {
    const drafts = await draftsOfFollowUp(this.host, f);
    try {
      await navigator.clipboard.writeText(draftsBlock(drafts));
      new Notice(fillInsMessage(drafts).replace(/inserted/, 'copied'));
    } catch {
      new Notice('Interview Follow-up: the draft could not be copied; insert it into the note instead.');
    }
  }

  private async email(f: FollowUp): Promise<void> {
    const drafts = await draftsOfFollowUp(this.host, f);
    const link = drafts.map(mailtoOf).find((l) => l !== null);
    if (link === undefined) {
      new Notice('Interview Follow-up: no email address is known for this person; add an email property to their person note.');
      return;
    }
    window.open(link);
    const n = drafts.reduce((sum, d) => sum + d.fillIns, 0);
    if (n > 0) new Notice(`Complete the ${n} ${n === 1 ? 'fill-in' : 'fill-ins'} in [square brackets] before you send.`);
  }
}
