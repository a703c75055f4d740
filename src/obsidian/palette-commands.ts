import { MarkdownView, Notice, type Command } from 'obsidian';
import { draftsFor, renderDraft, type Draft, type DraftKind } from '../engine/drafts';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '../engine/follow-ups';
import type { InterviewNote, Person } from '../engine/interview-note';
import { recordFollowUp } from '../engine/record';
import { PersonPickerModal } from '../ui/person-picker';
import { draftContext, draftsOfFollowUp, fillInsMessage, insertIntoEditor } from './drafts';
import type { ActionsHost, FollowUpActions } from './follow-up-actions';

const DRAFT_NAMES: Record<DraftKind, string> = {
  'thank-you': 'Insert thank-you draft',
  'status-inquiry': 'Insert status-inquiry draft',
  'notify-references': 'Insert reference heads-up',
  'promised-follow-up': 'Insert follow-up promise draft',
  'written-offer': 'Insert written-offer request',
  'rejection-reply': 'Insert rejection reply',
  'linkedin-note': 'Insert LinkedIn note',
};

const MARK_NAMES: Record<FollowUpKind, string> = {
  'thank-you': 'Mark thank-you sent',
  'notify-references': 'Mark references notified',
  'promised-follow-up': 'Mark promised follow-up done',
  'status-inquiry': 'Mark status inquiry sent',
  'written-offer': 'Mark written offer requested',
  'rejection-reply': 'Mark rejection reply sent',
};

/** Kinds written to each interviewer: with several, a picker asks whom. */
const PER_INTERVIEWER: ReadonlySet<DraftKind> = new Set(['thank-you', 'linkedin-note']);

/** The command palette's drafts and marks, offered only in an interview note. */
export function paletteCommands(host: ActionsHost, actions: FollowUpActions): Command[] {
  const activeInterview = (): InterviewNote | null => {
    const file = host.app.workspace.getActiveFile();
    return file === null ? null : host.live.interviewNote(file.path);
  };
  const editorOf = (note: InterviewNote): MarkdownView | null => {
    const view = host.app.workspace.getActiveViewOfType(MarkdownView);
    return view !== null && view.file?.path === note.path ? view : null;
  };
  const insert = (view: MarkdownView, drafts: readonly Draft[]) => {
    insertIntoEditor(view.editor, drafts);
    new Notice(fillInsMessage(drafts));
  };

  const insertKind = async (view: MarkdownView, note: InterviewNote, kind: DraftKind): Promise<void> => {
    const context = await draftContext(host, note);
    const people: readonly Person[] = context.interviewers ?? [];
    if (PER_INTERVIEWER.has(kind) && people.length > 1) {
      const what = kind === 'thank-you' ? 'Thank-you draft' : 'LinkedIn note';
      new PersonPickerModal(host.app, `${what} for whom?`, people, (chosen) => {
        insert(view, chosen.map((person) => renderDraft({ ...context, kind, person })));
      }).open();
      return;
    }
    insert(view, draftsFor(kind, context));
  };

  const drafts: Command[] = (Object.keys(DRAFT_NAMES) as DraftKind[]).map((kind) => ({
    id: `insert-${kind}-draft`,
    name: DRAFT_NAMES[kind],
    checkCallback: (checking: boolean) => {
      const note = activeInterview();
      const view = note === null ? null : editorOf(note);
      if (note === null || view === null) return false;
      if (!checking) void insertKind(view, note, kind);
      return true;
    },
  }));

  const next: Command = {
    id: 'insert-next-draft',
    name: 'Insert next follow-up draft',
    checkCallback: (checking: boolean) => {
      const note = activeInterview();
      const view = note === null ? null : editorOf(note);
      // What is due first for this note: the agenda's order puts it first.
      const first = note === null ? undefined : host.live.agenda()?.followUps.find((f) => f.note.path === note.path && f.state !== 'done');
      if (view === null || first === undefined) return false;
      if (!checking) void draftsOfFollowUp(host, first).then((d) => insert(view, d));
      return true;
    },
  };

  const marks: Command[] = FOLLOW_UP_KINDS.map((kind) => ({
    id: `mark-${kind}`,
    name: MARK_NAMES[kind],
    checkCallback: (checking: boolean) => {
      const note = activeInterview();
      // Offered only where the note has such a follow-up: no rejection reply on an open application.
      const has = note !== null && (host.live.agenda()?.followUps.some((f) => f.kind === kind && f.note.path === note.path) ?? false);
      if (note === null || !has) return false;
      if (!checking) void actions.record(note.path, recordFollowUp(kind, host.today()));
      return true;
    },
  }));

  return [...drafts, next, ...marks];
}
