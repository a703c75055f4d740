import type { Problem } from '../engine/interview-note';
import type { Agenda } from '../engine/agenda';
import type { Day } from '../engine/dates';
import { whoOf, type FollowUp, type FollowUpKind, type FollowUpState } from '../engine/follow-ups';
import { applicationLabel, dayInWords, followUpTitle, possessive, whenInWords } from '../engine/words';

/** One follow-up as the sidebar shows it. */
export interface FollowUpRow {
  /** Stable across updates: note, kind and who. */
  key: string;
  kind: FollowUpKind;
  state: FollowUpState;
  notePath: string;
  who: string | null;
  /** `Thank Pat Jones` */
  title: string;
  /** `Acme, Data Analyst` */
  context: string;
  /** `2 days overdue`, `due tomorrow`, `from Monday, November 30`, `3 days left to answer` */
  when: string;
  /** `Due Friday, November 27` */
  dueInWords: string;
  /** Where its draft can be emailed, when an address is known. */
  email: string | null;
}

export interface ProblemRow {
  key: string;
  notePath: string;
  field: string | null;
  message: string;
  /** The line of the note it is about, where known. */
  line: number | null;
}

export type GroupId = 'wrap-up' | 'overdue' | 'due-today' | 'due-soon' | 'waiting' | 'done';

export interface FollowUpGroup {
  id: GroupId;
  title: string;
  /** A line under the title saying what the group is for, or null. */
  intro: string | null;
  /** How far the person has come through the group (`1 of 4 done`), or null. */
  progress: string | null;
  rows: FollowUpRow[];
}

/** How many open follow-ups are in each state, wherever their rows are shown. */
export interface SidebarCounts {
  overdue: number;
  dueToday: number;
  dueSoon: number;
  waiting: number;
}

export interface SidebarModel {
  today: Day;
  /** `Tuesday, November 24` */
  todayInWords: string;
  groups: FollowUpGroup[];
  problems: ProblemRow[];
  counts: SidebarCounts;
  overdueCount: number;
  doneCount: number;
  showDone: boolean;
  /** No interview note at all: the sidebar explains how to write one. */
  empty: boolean;
}

const TITLES: Record<GroupId, string> = {
  'wrap-up': 'Wrapping up your search',
  overdue: 'Overdue',
  'due-today': 'Due today',
  'due-soon': 'Due soon',
  waiting: 'Waiting',
  done: 'Done',
};

/** The order a person acts on them: once an offer is accepted, wrapping up the search comes first. */
const ORDER: readonly GroupId[] = ['wrap-up', 'overdue', 'due-today', 'due-soon', 'waiting', 'done'];

/** The follow-ups an acceptance brings: the other applications to withdraw from, the references to thank. */
const WRAP_UP_KINDS: ReadonlySet<FollowUpKind> = new Set<FollowUpKind>(['withdraw', 'thank-references']);

export function rowKey(f: FollowUp): string {
  return `${f.note.path}\u0000${f.kind}\u0000${whoOf(f) ?? ''}`;
}

type StateGroup = Exclude<GroupId, 'wrap-up'>;

function stateGroupOf(f: FollowUp, today: Day): StateGroup {
  if (f.done || f.state === 'done') return 'done';
  if (f.state === 'due') return f.due === today ? 'due-today' : 'due-soon';
  return f.state;
}

function groupOf(f: FollowUp, today: Day): GroupId {
  const group = stateGroupOf(f, today);
  return group !== 'done' && WRAP_UP_KINDS.has(f.kind) ? 'wrap-up' : group;
}

export function toRow(f: FollowUp, today: Day, emailOf?: (f: FollowUp) => string | null): FollowUpRow {
  const done = f.done || f.state === 'done';
  return {
    key: rowKey(f),
    kind: f.kind,
    state: done ? 'done' : f.state,
    notePath: f.note.path,
    who: whoOf(f),
    title: followUpTitle(f, today),
    context: applicationLabel(f),
    when: whenInWords(f, today),
    dueInWords: `Due ${dayInWords(f.due, today)}`,
    email: done || emailOf === undefined ? null : emailOf(f),
  };
}

/** What the wrap-up group is for, naming the offer accepted where the follow-ups tell it. */
function wrapUpIntro(followUps: readonly FollowUp[]): string {
  const accepted = followUps.map((f) => f.source ?? (f.kind === 'thank-references' ? f.note : null)).find((n) => n != null && n.company !== null);
  const what = accepted?.company != null ? `You accepted ${possessive(accepted.company)} offer.` : 'You accepted an offer.';
  const withdraw = followUps.some((f) => f.kind === 'withdraw');
  const thank = followUps.some((f) => f.kind === 'thank-references');
  const todo = withdraw && thank ? 'Let the other employers know, and thank your references.' : withdraw ? 'Let the other employers know.' : 'Thank your references.';
  return `${what} ${todo}`;
}

/** What the sidebar shows for an agenda: groups in the order a person acts on them. */
export function sidebarModel(
  agenda: Agenda,
  showDone: boolean,
  emailOf?: (f: FollowUp) => string | null,
  lineOf?: (p: Problem) => number | null,
): SidebarModel {
  const rows = new Map<GroupId, FollowUpRow[]>();
  const counts: SidebarCounts = { overdue: 0, dueToday: 0, dueSoon: 0, waiting: 0 };
  const wrapUp: FollowUp[] = [];
  let doneCount = 0;
  for (const f of agenda.followUps) {
    const state = stateGroupOf(f, agenda.today);
    if (state === 'overdue') counts.overdue += 1;
    else if (state === 'due-today') counts.dueToday += 1;
    else if (state === 'due-soon') counts.dueSoon += 1;
    else if (state === 'waiting') counts.waiting += 1;
    if (WRAP_UP_KINDS.has(f.kind)) wrapUp.push(f);
    const group = groupOf(f, agenda.today);
    if (group === 'done') {
      doneCount += 1;
      if (!showDone) continue;
    }
    let list = rows.get(group);
    if (list === undefined) rows.set(group, (list = []));
    list.push(toRow(f, agenda.today, emailOf));
  }
  const wrapUpDone = wrapUp.filter((f) => f.done || f.state === 'done').length;
  const groupOfId = (id: GroupId): FollowUpGroup => {
    const wrap = id === 'wrap-up';
    return {
      id,
      title: TITLES[id],
      intro: wrap ? wrapUpIntro(wrapUp) : null,
      progress: wrap ? `${wrapUpDone} of ${wrapUp.length} done` : null,
      rows: rows.get(id) ?? [],
    };
  };
  return {
    today: agenda.today,
    todayInWords: dayInWords(agenda.today),
    groups: ORDER.filter((id) => rows.has(id)).map(groupOfId),
    problems: agenda.problems.map((p, i) => ({
      key: `${p.note}\u0000${p.field ?? ''}\u0000${i}`,
      notePath: p.note,
      field: p.field,
      message: p.message,
      line: p.line ?? lineOf?.(p) ?? null,
    })),
    counts,
    overdueCount: counts.overdue,
    doneCount,
    showDone,
    empty: agenda.followUps.length === 0 && agenda.problems.length === 0,
  };
}
