import type { Day } from './dates';
import { OUTCOMES, type InterviewNote, type Status } from './interview-note';

/**
 * Applications (contract section 3): the interview notes with the same
 * company and position are the rounds of one application, whose latest
 * round's status is its outcome.
 */

/** Interview notes with the same company and position (contract section 3). */
export interface Application {
  notes: InterviewNote[];
  /** The interview with the latest date (ties: the later path). */
  latest: InterviewNote;
  /** The latest interview's status when it settles the application, else null. */
  outcome: Status | null;
}

/** Notes with the same key are rounds of one application: company and position, trimmed, any case. */
export function applicationKey(note: InterviewNote): string {
  if (note.company === null || note.company.trim() === '') return `\u0001${note.path}`;
  return `${note.company.trim().toLowerCase()}\u0000${(note.position ?? '').trim().toLowerCase()}`;
}

function isLater(a: InterviewNote, b: InterviewNote): boolean {
  // Only dated notes reach here.
  const da = a.date ?? 0;
  const db = b.date ?? 0;
  return da !== db ? da > db : a.path > b.path;
}

/** The application made of these rounds (at least one, all dated). */
export function makeApplication(notes: InterviewNote[]): Application {
  let latest = notes[0] as InterviewNote;
  for (const n of notes) if (isLater(n, latest)) latest = n;
  return { notes, latest, outcome: OUTCOMES.has(latest.status) ? latest.status : null };
}

/** Groups dated interview notes into applications. Notes without a date belong to none. */
export function groupApplications(notes: Iterable<InterviewNote>): Application[] {
  const byKey = new Map<string, InterviewNote[]>();
  for (const note of notes) {
    if (note.date === null) continue;
    const key = applicationKey(note);
    const group = byKey.get(key);
    if (group) group.push(note);
    else byKey.set(key, [note]);
  }
  return [...byKey.values()].map(makeApplication);
}

/** An application is open while it has no outcome, or an offer not yet answered. */
export function isOpen(application: Application): boolean {
  return application.outcome === null || application.outcome === 'verbal-offer' || application.outcome === 'offer';
}

/** The day an outcome was heard: `decision_date`, else the interview's day. */
export function decidedOn(note: InterviewNote): Day {
  return note.decisionDate ?? (note.date as Day);
}
