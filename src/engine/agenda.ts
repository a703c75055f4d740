import { formatDay, type Day } from './dates';
import { computeFollowUps, whoOf, type FollowUp, type FollowUpKind, type FollowUpState } from './follow-ups';
import type { InterviewNote, Problem } from './interview-note';
import { isInterviewNote, readInterviewNote, type Frontmatter } from './read-note';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './settings';

/** What one note contributes to the agenda: an interview (or not) and its problems. */
export interface NoteReading {
  readonly note: InterviewNote | null;
  readonly problems: readonly Problem[];
}

/** Most notes are not interviews: they all share this one reading. */
const NOT_AN_INTERVIEW: NoteReading = Object.freeze({ note: null, problems: Object.freeze([]) });

/**
 * Reads one note's frontmatter (null when it has none) into an interview note
 * when the note is one (contract section 1), with its problems.
 */
export function readNote(
  path: string,
  frontmatter: Frontmatter | null,
  today: Day,
  folders: readonly string[],
  propertyNames?: Readonly<Record<string, string>>,
  /** The note's text after its frontmatter, where known: a missing date's message looks there for Dataview fields. */
  body?: string,
): NoteReading {
  if (!isInterviewNote(path, frontmatter, folders, propertyNames)) return NOT_AN_INTERVIEW;
  return readInterviewNote(path, frontmatter ?? {}, today, propertyNames, body);
}

/** A note whose frontmatter could not be read at all (`field` null). */
export function unreadableNote(path: string, message: string): NoteReading {
  return { note: null, problems: [{ note: path, field: null, message }] };
}

/** The follow-ups and the problems of a vault on one day. */
export interface Agenda {
  today: Day;
  followUps: FollowUp[];
  problems: Problem[];
}

function compareProblems(a: Problem, b: Problem): number {
  return a.note < b.note ? -1 : a.note > b.note ? 1 : 0;
}

export function buildAgenda(
  readings: Iterable<NoteReading>,
  today: Day,
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
): Agenda {
  const notes: InterviewNote[] = [];
  const problems: Problem[] = [];
  for (const r of readings) {
    if (r.note !== null) notes.push(r.note);
    problems.push(...r.problems);
  }
  return {
    today,
    followUps: computeFollowUps(notes, today, settings),
    // A stable sort keeps each note's problems in field order.
    problems: problems.sort(compareProblems),
  };
}

/** One follow-up as the command line's JSON gives it (contract section 6). */
export interface FollowUpJson {
  note: string;
  kind: FollowUpKind;
  who: string | null;
  from: string;
  due: string;
  state: FollowUpState;
}

export interface AgendaJson {
  today: string;
  items: FollowUpJson[];
  problems: Problem[];
}

export function agendaToJson(agenda: Agenda): AgendaJson {
  return {
    today: formatDay(agenda.today),
    items: agenda.followUps.map((f) => ({
      note: f.note.path,
      kind: f.kind,
      who: whoOf(f),
      from: formatDay(f.from),
      due: formatDay(f.due),
      state: f.state,
    })),
    problems: agenda.problems.map((p) => ({ note: p.note, field: p.field, message: p.message })),
  };
}
