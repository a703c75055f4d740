import { decidedOn, type Application } from './applications';
import type { Day } from './dates';
import type { InterviewNote, Person } from './interview-note';

/**
 * What the end of a search brings to every application (rows 8 to 10): the
 * offer with a deadline that others should hear of, the acceptance that
 * every other process should hear of, and the references to thank.
 */
export interface SearchEnd {
  /** The offer with the earliest `from` whose deadline is not before today (ties: the earlier note path). */
  offer: { application: Application; from: Day; deadline: Day } | null;
  /** The acceptance with the earliest `from` (ties: the earlier note path). */
  acceptance: { application: Application; from: Day } | null;
  /** Every reference of every interview note, once each by name (any case), the first spelling in path order; filled only with an acceptance. */
  references: Person[];
}

export const NO_SEARCH_END: SearchEnd = Object.freeze({ offer: null, acceptance: null, references: [] });

function earlier(a: { from: Day; application: Application }, b: { from: Day; application: Application } | null): boolean {
  return b === null || a.from < b.from || (a.from === b.from && a.application.latest.path < b.application.latest.path);
}

/** Whether the application has an offer-deadline follow-up (row 7), and its deadline. */
export function offerDeadlineOf(application: Application, today: Day): Day | null {
  const latest = application.latest;
  if (application.outcome !== 'verbal-offer' && application.outcome !== 'offer') return null;
  if (latest.offerDeadline === null || latest.date === null || latest.date > today) return null;
  return latest.offerDeadline;
}

/**
 * The search's end, from the applications that have an offer or an
 * acceptance; `allNotes` (every interview note, dated or not) gives the
 * references, read only when there is an acceptance.
 */
export function searchEndOf(applications: Iterable<Application>, allNotes: () => Iterable<InterviewNote>, today: Day): SearchEnd {
  let offer: SearchEnd['offer'] = null;
  let acceptance: SearchEnd['acceptance'] = null;
  for (const application of applications) {
    const deadline = offerDeadlineOf(application, today);
    if (deadline !== null && deadline >= today) {
      const candidate = { application, from: decidedOn(application.latest), deadline };
      if (earlier(candidate, offer)) offer = candidate;
    }
    if (application.outcome === 'accepted') {
      const candidate = { application, from: decidedOn(application.latest) };
      if (earlier(candidate, acceptance)) acceptance = candidate;
    }
  }
  if (offer === null && acceptance === null) return NO_SEARCH_END;
  const references: Person[] = [];
  if (acceptance !== null) {
    const notes = [...allNotes()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const seen = new Set<string>();
    for (const note of notes) {
      for (const person of note.references) {
        const key = person.name.trim().toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        references.push(person);
      }
    }
  }
  return { offer, acceptance, references };
}
