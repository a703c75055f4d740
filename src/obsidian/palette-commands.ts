import { MarkdownView, Notice, type Command } from 'obsidian';
import { DRAFT_KINDS, draftsFor, renderDraft, type Draft, type DraftKind } from '../engine/drafts';
import { FOLLOW_UP_KIND_INFO, FOLLOW_UP_KINDS, type FollowUpKind } from '../engine/follow-up-kinds';
import type { FollowUp } from '../engine/follow-ups';
import type { InterviewNote, Person } from '../engine/interview-note';
import { PersonPickerModal } from '../ui/person-picker';
import { draftContext, draftsOfFollowUp, fillInsMessage, insertIntoEditor } from './drafts';
import type { ActionsHost, FollowUpActions } from './follow-up-actions';

/** The draft command's name: the kinds' own table, and the LinkedIn note beside it. */
function draftName(kind: DraftKind): string {
  return kind === 'linkedin-note' ? 'Insert LinkedIn note' : FOLLOW_UP_KIND_INFO[kind].draftCommand;
}

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

  const followUpsOf = (note: InterviewNote, kind: FollowUpKind): FollowUp[] =>
    host.live.agenda()?.followUps.filter((f) => f.kind === kind && f.note.path === note.path) ?? [];

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

  const insertFollowUps = async (view: MarkdownView, followUps: readonly FollowUp[]): Promise<void> => {
    const drafts: Draft[] = [];
    for (const f of followUps) drafts.push(...(await draftsOfFollowUp(host, f)));
    insert(view, drafts);
  };

  const drafts: Command[] = DRAFT_KINDS.map((kind) => ({
    id: `insert-${kind}-draft`,
    name: draftName(kind),
    checkCallback: (checking: boolean) => {
      const note = activeInterview();
      const view = note === null ? null : editorOf(note);
      if (note === null || view === null) return false;
      // A draft about another application (an offer elsewhere, an acceptance) is offered where the note has that follow-up.
      if (kind !== 'linkedin-note' && FOLLOW_UP_KIND_INFO[kind].draftFromFollowUp) {
        const open = followUpsOf(note, kind).filter((f) => f.state !== 'done');
        if (open.length === 0) return false;
        if (!checking) void insertFollowUps(view, open);
        return true;
      }
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

  // A kind that nothing marks done (an offer is answered by its status) has no mark command.
  const markable = FOLLOW_UP_KINDS.filter((kind) => FOLLOW_UP_KIND_INFO[kind].doneField !== null);
  const marks: Command[] = markable.map((kind) => ({
    id: `mark-${kind}`,
    name: FOLLOW_UP_KIND_INFO[kind].markCommand,
    checkCallback: (checking: boolean) => {
      const note = activeInterview();
      // Offered only where the note has such a follow-up: no rejection reply on an open application.
      const has = note !== null && followUpsOf(note, kind).length > 0;
      if (note === null || !has) return false;
      if (!checking) void actions.record({ command: 'mark', path: note.path, kind, who: null, day: host.today() });
      return true;
    },
  }));

  return [...drafts, next, ...marks];
}
