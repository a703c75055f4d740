import type { Agenda } from '../engine/agenda';
import type { Day } from '../engine/dates';
import { dayInWords } from '../engine/words';
import { whoOf, type FollowUp, type FollowUpKind, type FollowUpState } from '../engine/follow-ups';
import { applicationLabel, followUpTitle, whenInWords } from '../engine/words';

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
  /** `2 days overdue`, `due tomorrow`, `from Monday, November 30` */
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
}

export type GroupId = 'overdue' | 'due-today' | 'due-soon' | 'waiting' | 'done';

export interface FollowUpGroup {
  id: GroupId;
  title: string;
  rows: FollowUpRow[];
}

export interface SidebarModel {
  today: Day;
  /** `Tuesday, November 24` */
  todayInWords: string;
  groups: FollowUpGroup[];
  problems: ProblemRow[];
  overdueCount: number;
  doneCount: number;
  showDone: boolean;
  /** No interview note at all: the sidebar explains how to write one. */
  empty: boolean;
}

const TITLES: Record<GroupId, string> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  'due-soon': 'Due soon',
  waiting: 'Waiting',
  done: 'Done',
};

export function rowKey(f: FollowUp): string {
  return `${f.note.path}\u0000${f.kind}\u0000${whoOf(f) ?? ''}`;
}

function groupOf(f: FollowUp, today: Day): GroupId {
  if (f.state === 'due') return f.due === today ? 'due-today' : 'due-soon';
  return f.state;
}

export function toRow(f: FollowUp, today: Day, emailOf?: (f: FollowUp) => string | null): FollowUpRow {
  return {
    key: rowKey(f),
    kind: f.kind,
    state: f.state,
    notePath: f.note.path,
    who: whoOf(f),
    title: followUpTitle(f),
    context: applicationLabel(f),
    when: whenInWords(f, today),
    dueInWords: `Due ${dayInWords(f.due)}`,
    email: f.state === 'done' || emailOf === undefined ? null : emailOf(f),
  };
}

/** What the sidebar shows for an agenda: groups in the order a person acts on them. */
export function sidebarModel(agenda: Agenda, showDone: boolean, emailOf?: (f: FollowUp) => string | null): SidebarModel {
  const rows = new Map<GroupId, FollowUpRow[]>();
  let doneCount = 0;
  for (const f of agenda.followUps) {
    const group = groupOf(f, agenda.today);
    if (group === 'done') {
      doneCount += 1;
      if (!showDone) continue;
    }
    let list = rows.get(group);
    if (list === undefined) rows.set(group, (list = []));
    list.push(toRow(f, agenda.today, emailOf));
  }
  const order: GroupId[] = ['overdue', 'due-today', 'due-soon', 'waiting', 'done'];
  return {
    today: agenda.today,
    todayInWords: dayInWords(agenda.today),
    groups: order.filter((id) => rows.has(id)).map((id) => ({ id, title: TITLES[id], rows: rows.get(id) ?? [] })),
    problems: agenda.problems.map((p, i) => ({ key: `${p.note}\u0000${p.field ?? ''}\u0000${i}`, notePath: p.note, field: p.field, message: p.message })),
    overdueCount: rows.get('overdue')?.length ?? 0,
    doneCount,
    showDone,
    empty: agenda.followUps.length === 0 && agenda.problems.length === 0,
  };
}
