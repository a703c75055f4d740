import { buildAgenda } from '../agenda';
import type { Day } from '../dates';
import { FOLLOW_UP_KIND_INFO, type FollowUpKind } from '../follow-up-kinds';
import { groupApplications } from '../follow-ups';
import type { InterviewNote, Status } from '../interview-note';
import { recordFollowUp, recordOutcome, recordSnooze, type Recording } from '../record';
import type { RuleSettings } from '../settings';
import { followUpsOfNote, interviewNoteAt, noFollowUp } from './follow-up-gate';
import { Refusal } from './refusal';
import type { AppliedChange, InterviewVault, VaultAgenda } from './vault';

/**
 * Recording what happened, written once for the plugin and the command
 * line: a follow-up done, an application's outcome, a snooze. Each acts on
 * an interview note only; marking acts only on a follow-up the note has;
 * an outcome goes into the application's latest round.
 */

export type RecordRequest =
  | { command: 'mark'; path: string; kind: FollowUpKind; who?: string | null; day: Day }
  | { command: 'outcome'; path: string; status: Status; day: Day }
  | { command: 'snooze'; path: string; until: Day };

export interface RecordPlan {
  /** The note the recording goes into. */
  target: InterviewNote;
  /** The note that was named, when the recording goes elsewhere (an outcome on an earlier round). */
  named: InterviewNote;
  recording: Recording;
}

/** The application's latest round: the note of the same application with the latest date (ties: the later path). */
export function latestRoundOf(notes: Iterable<InterviewNote>, note: InterviewNote): InterviewNote {
  if (note.date === null) return note;
  return groupApplications(notes).find((a) => a.notes.some((n) => n.path === note.path))?.latest ?? note;
}

function notesOf(vault: VaultAgenda): InterviewNote[] {
  return vault.readings.map((r) => r.note).filter((n): n is InterviewNote => n !== null);
}

/** What a request records and where, or a `Refusal` saying why it cannot. */
export function planRecording(vault: VaultAgenda, request: RecordRequest, settings: RuleSettings): RecordPlan {
  const named = interviewNoteAt(vault, request.path);
  switch (request.command) {
    case 'mark': {
      if (FOLLOW_UP_KIND_INFO[request.kind].doneField === null) {
        throw new Refusal(`${named.path}: an offer's deadline is not marked done; record your answer with the outcome accepted or declined`);
      }
      if (followUpsOfNote(vault.agenda, named, request.kind, request.who ?? null).length === 0) {
        throw noFollowUp(vault, named, request.kind, settings);
      }
      return { target: named, named, recording: recordFollowUp(request.kind, request.day) };
    }
    case 'outcome':
      return { target: latestRoundOf(notesOf(vault), named), named, recording: recordOutcome(request.status, request.day) };
    case 'snooze':
      return { target: named, named, recording: recordSnooze(request.until) };
  }
}

export interface RecordResult<Applied extends AppliedChange = AppliedChange> extends RecordPlan {
  applied: Applied;
}

/** The agenda of a whole vault on a day. */
export async function readVaultAgenda(vault: Pick<InterviewVault, 'readings'>, today: Day, settings: RuleSettings): Promise<VaultAgenda> {
  const readings = await vault.readings();
  return { readings, agenda: buildAgenda(readings, today, settings) };
}

/** Records a request in its note through the vault; a `Refusal` when it cannot. */
export async function record<Applied extends AppliedChange>(
  vault: Pick<InterviewVault<Applied>, 'readings' | 'applyRecording'>,
  request: RecordRequest,
  today: Day,
  settings: RuleSettings,
): Promise<RecordResult<Applied>> {
  const plan = planRecording(await readVaultAgenda(vault, today, settings), request, settings);
  const applied = await vault.applyRecording(plan.target.path, plan.recording);
  return { ...plan, applied };
}
