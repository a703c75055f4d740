import type { Day } from './dates';
import type { FollowUpKind } from './follow-up-kinds';
import type { FollowUp } from './follow-ups';
import { OUTCOMES, type InterviewNote } from './interview-note';

/**
 * The groups a person sees follow-ups in, with the same names in the
 * sidebar, the command line and the calendar: what an acceptance brings
 * first, then by state, a due follow-up split into due today and due soon.
 */
export type AgendaGroup = 'wrap-up' | 'overdue' | 'due-today' | 'due-soon' | 'coming-up' | 'waiting' | 'done';

export const AGENDA_GROUP_TITLES: Readonly<Record<AgendaGroup, string>> = Object.freeze({
  'wrap-up': 'Wrapping up your search',
  overdue: 'Overdue',
  'due-today': 'Due today',
  'due-soon': 'Due soon',
  'coming-up': 'Coming up',
  waiting: 'Waiting',
  done: 'Done',
});

/** The order a person acts on them: once an offer is accepted, wrapping up the search comes first. */
export const AGENDA_GROUP_ORDER: readonly AgendaGroup[] = ['wrap-up', 'overdue', 'due-today', 'due-soon', 'coming-up', 'waiting', 'done'];

/** The follow-ups an acceptance brings: the other applications to withdraw from, the references to thank. */
export const WRAP_UP_KINDS: ReadonlySet<FollowUpKind> = new Set<FollowUpKind>(['withdraw', 'thank-references']);

/** The group of a follow-up by its state alone. */
export function stateGroupOf(f: FollowUp, today: Day): Exclude<AgendaGroup, 'wrap-up' | 'coming-up'> {
  if (f.done || f.state === 'done') return 'done';
  if (f.state === 'due') return f.due === today ? 'due-today' : 'due-soon';
  return f.state;
}

/** The group a follow-up is shown in. */
export function agendaGroupOf(f: FollowUp, today: Day): AgendaGroup {
  const group = stateGroupOf(f, today);
  return group !== 'done' && WRAP_UP_KINDS.has(f.kind) ? 'wrap-up' : group;
}

/** "Coming up": the interviews still to come (a date after today), soonest first, leaving out those whose note already has an outcome. */
export function interviewsComingUp(notes: Iterable<InterviewNote>, today: Day): Array<InterviewNote & { date: Day }> {
  const upcoming = [...notes].filter((n): n is InterviewNote & { date: Day } => n.date !== null && n.date > today && !OUTCOMES.has(n.status));
  return upcoming.sort((a, b) => a.date - b.date || (a.time ?? '').localeCompare(b.time ?? '') || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `tomorrow`, `in 3 days`. */
export function daysLeftInWords(days: number): string {
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}
