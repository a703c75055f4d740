import { AGENDA_GROUP_ORDER, AGENDA_GROUP_TITLES, agendaGroupOf, daysLeftInWords, interviewsComingUp, stateGroupOf, WRAP_UP_KINDS, type AgendaGroup } from '../engine/agenda-groups';
import type { InterviewNote, Problem } from '../engine/interview-note';
import type { Agenda } from '../engine/agenda';
import type { Day } from '../engine/dates';
import { DRAFT_KINDS } from '../engine/drafts/kinds';
import { FOLLOW_UP_KIND_INFO } from '../engine/follow-up-kinds';
import { applicationKey, whoOf, type FollowUp, type FollowUpKind, type FollowUpState } from '../engine/follow-ups';
import { applicationLabel, dayInWords, followUpTitle, noteLabel, possessive, shortDay, whenInWords } from '../engine/words';

/** One follow-up as the sidebar shows it. */
export interface FollowUpRow {
  type: 'follow-up';
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
  /** Whether a draft can be written for it (every kind has one today). */
  draftable: boolean;
  /** Whether a done marker records it (an offer's deadline has none: answering the offer ends it). */
  markable: boolean;
  /** The day a snooze holds it back to, while it does. */
  snoozedUntil: Day | null;
  /** The one action the row offers as a button: what a person does most with it. */
  primary: 'draft' | 'done' | null;
  /** The application it belongs to (company and position), for grouping. */
  application: string;
}

/** An interview still to come, as the "Coming up" group shows it. */
export interface InterviewRow {
  type: 'interview';
  key: string;
  notePath: string;
  /** `Interview at Acme` */
  title: string;
  /** `Acme, Data Analyst` */
  context: string;
  /** `in 3 days`, `tomorrow` */
  when: string;
  /** `Friday, November 27 at 14:30` */
  dueInWords: string;
}

export type SidebarRow = FollowUpRow | InterviewRow;

/** How the sidebar orders its follow-ups: by when they are due (the default), or by application. */
export type Grouping = 'date' | 'application';

export interface ProblemRow {
  key: string;
  notePath: string;
  field: string | null;
  message: string;
  /** The line of the note it is about, where known. */
  line: number | null;
  /** The note lacks its date, which "Track this note as an interview" can bring in. */
  trackable: boolean;
}

export type GroupId = AgendaGroup;

export interface FollowUpGroup {
  /** A state group's id, or `application:` and the application's key. */
  id: string;
  /** What `data-group` says: the state group's id, or `application`. */
  kind: GroupId | 'application';
  title: string;
  /** An application's latest round (`last round Friday, November 20`), or null. */
  subtitle: string | null;
  /** The same, short enough for a narrow sidebar (`last round Fri, Nov 20`). */
  subtitleShort: string | null;
  /** Whether the block can be folded away (an application's). */
  collapsible: boolean;
  /** A line under the title saying what the group is for, or null. */
  intro: string | null;
  /** How far the person has come through the group (`1 of 4 done`), or null. */
  progress: string | null;
  rows: SidebarRow[];
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
  grouping: Grouping;
  /** No interview note at all: the sidebar explains how to write one. */
  empty: boolean;
}

// The groups' names and order are the same everywhere: the engine holds them.
const TITLES: Readonly<Record<GroupId, string>> = AGENDA_GROUP_TITLES;
const ORDER: readonly GroupId[] = AGENDA_GROUP_ORDER;

export function rowKey(f: FollowUp): string {
  return `${f.note.path}\u0000${f.kind}\u0000${whoOf(f) ?? ''}`;
}


const DRAFTABLE: ReadonlySet<string> = new Set<string>(DRAFT_KINDS);

/** The day a snooze holds this follow-up back to, while it does: it now starts on the note's `snoozed_until`. */
function snoozedUntilOf(f: FollowUp, today: Day): Day | null {
  const until = f.note.snoozedUntil;
  return !f.done && f.state === 'waiting' && until !== null && until > today && f.from === until ? until : null;
}

export function toRow(f: FollowUp, today: Day, emailOf?: (f: FollowUp) => string | null): FollowUpRow {
  const done = f.done || f.state === 'done';
  const snoozedUntil = snoozedUntilOf(f, today);
  const draftable = DRAFTABLE.has(f.kind);
  const markable = FOLLOW_UP_KIND_INFO[f.kind].doneField !== null;
  return {
    type: 'follow-up',
    key: rowKey(f),
    kind: f.kind,
    state: done ? 'done' : f.state,
    notePath: f.note.path,
    who: whoOf(f),
    title: followUpTitle(f, today),
    context: applicationLabel(f),
    when: snoozedUntil !== null ? `snoozed until ${dayInWords(snoozedUntil, today)}` : whenInWords(f, today),
    dueInWords: `Due ${dayInWords(f.due, today)}`,
    email: done || emailOf === undefined ? null : emailOf(f),
    draftable,
    markable,
    snoozedUntil,
    primary: done ? null : draftable ? 'draft' : markable ? 'done' : null,
    application: applicationKey(f.application.latest),
  };
}

export function comingUpRows(notes: Iterable<InterviewNote>, today: Day): InterviewRow[] {
  return interviewsComingUp(notes, today).map((n) => {
    const context = noteLabel(n);
    const day = dayInWords(n.date, today);
    return {
      type: 'interview',
      key: `interview\u0000${n.path}`,
      notePath: n.path,
      title: n.company !== null && n.company !== '' ? `Interview at ${n.company}` : 'Interview',
      context,
      when: daysLeftInWords(n.date - today),
      dueInWords: n.time !== null ? `${day} at ${n.time}` : day,
    };
  });
}

/** `last round Friday, November 20`, or `next round ...` when the latest is still to come. */
function latestRoundInWords(f: FollowUp, today: Day, short = false): string | null {
  const date = f.application.latest.date;
  if (date === null) return null;
  return `${date > today ? 'next' : 'last'} round ${short ? shortDay(date) : dayInWords(date, today)}`;
}

/** One block per application, in the order of its first follow-up in the agenda, each with its follow-ups in agenda order. */
function applicationGroups(followUps: readonly FollowUp[], today: Day, showDone: boolean, emailOf?: (f: FollowUp) => string | null): FollowUpGroup[] {
  const blocks = new Map<string, FollowUpGroup>();
  for (const f of followUps) {
    if (stateGroupOf(f, today) === 'done' && !showDone) continue;
    const row = toRow(f, today, emailOf);
    let block = blocks.get(row.application);
    if (block === undefined) {
      const latest = f.application.latest;
      const label = noteLabel(latest);
      block = {
        id: `application:${row.application}`,
        kind: 'application',
        title: label !== '' ? label : latest.path,
        subtitle: latestRoundInWords(f, today),
        subtitleShort: latestRoundInWords(f, today, true),
        collapsible: true,
        intro: null,
        progress: null,
        rows: [],
      };
      blocks.set(row.application, block);
    }
    block.rows.push(row);
  }
  return [...blocks.values()];
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
export interface SidebarOptions {
  grouping?: Grouping;
  /** Every interview note, for the interviews coming up. */
  interviewNotes?: Iterable<InterviewNote>;
}

export function sidebarModel(
  agenda: Agenda,
  showDone: boolean,
  emailOf?: (f: FollowUp) => string | null,
  lineOf?: (p: Problem) => number | null,
  options: SidebarOptions = {},
): SidebarModel {
  const grouping = options.grouping ?? 'date';
  const rows = new Map<GroupId, SidebarRow[]>();
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
    const group = agendaGroupOf(f, agenda.today);
    if (group === 'done') {
      doneCount += 1;
      if (!showDone) continue;
    }
    if (grouping === 'application') continue;
    let list = rows.get(group);
    if (list === undefined) rows.set(group, (list = []));
    list.push(toRow(f, agenda.today, emailOf));
  }
  const comingUp = comingUpRows(options.interviewNotes ?? [], agenda.today);
  if (comingUp.length > 0) rows.set('coming-up', comingUp);
  const wrapUpDone = wrapUp.filter((f) => f.done || f.state === 'done').length;
  const groupOfId = (id: GroupId): FollowUpGroup => {
    const wrap = id === 'wrap-up';
    return {
      id,
      kind: id,
      title: TITLES[id],
      subtitle: null,
      subtitleShort: null,
      collapsible: false,
      intro: wrap ? wrapUpIntro(wrapUp) : null,
      progress: wrap ? `${wrapUpDone} of ${wrapUp.length} done` : null,
      rows: rows.get(id) ?? [],
    };
  };
  return {
    today: agenda.today,
    todayInWords: dayInWords(agenda.today),
    groups:
      grouping === 'application'
        ? [...(rows.has('coming-up') ? [groupOfId('coming-up')] : []), ...applicationGroups(agenda.followUps, agenda.today, showDone, emailOf)]
        : ORDER.filter((id) => rows.has(id)).map(groupOfId),
    problems: agenda.problems.map((p, i) => ({
      key: `${p.note}\u0000${p.field ?? ''}\u0000${i}`,
      notePath: p.note,
      field: p.field,
      message: p.message,
      line: p.line ?? lineOf?.(p) ?? null,
      trackable: p.code === 'missing-date',
    })),
    counts,
    overdueCount: counts.overdue,
    doneCount,
    showDone,
    grouping,
    empty: agenda.followUps.length === 0 && agenda.problems.length === 0 && comingUp.length === 0,
  };
}
