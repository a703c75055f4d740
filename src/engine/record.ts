import { dayOfValue, formatDay, parseDay, type Day } from './dates';
import { FOLLOW_UP_KIND_INFO, FOLLOW_UP_KINDS, type FollowUpKind } from './follow-up-kinds';
import { STATUSES, type Status } from './interview-note';
import { collectFields, FIELD_BY_KEY, fieldLookup, isAbsent, nameToWrite, normalizeWord } from './keys';

/**
 * What recording writes into an interview note's frontmatter: the done marker
 * of a follow-up (contract section 4), an outcome, or a snooze. The same
 * changes are applied to the map Obsidian's `processFrontMatter` hands over
 * (here) and to a note's raw text (`frontmatter-edit.ts`), so the sidebar and
 * the command line write the same values.
 */

/** One field's change. Dates are `YYYY-MM-DD` text, as the Properties editor writes them. */
export type FrontmatterChange =
  /** The field becomes this date (unchanged when it already holds that day). */
  | { op: 'set-date'; field: string; date: string }
  /** The field becomes this word (unchanged when it already holds the same word, compared as the contract compares words). */
  | { op: 'set-word'; field: string; word: string }
  /** The date joins the field's list of dates (unchanged when that day is already listed). */
  | { op: 'add-date'; field: string; date: string };

/** A change to record, with what it means in a person's words. */
export interface Recording {
  /** `thank-you sent on 2026-11-24` */
  summary: string;
  changes: FrontmatterChange[];
}

/** The done marker of each follow-up kind that has one. */
export function doneFieldOf(kind: FollowUpKind): string | null {
  return FOLLOW_UP_KIND_INFO[kind].doneField;
}

/** A kind that no marker records done (an offer's deadline ends when it is answered). */
export class NotRecordableError extends Error {}

/**
 * Marking a follow-up done on `day`; a status inquiry adds the day to
 * `inquiries`. Throws `NotRecordableError` for a kind without a done marker.
 */
export function recordFollowUp(kind: FollowUpKind, day: Day): Recording {
  const date = formatDay(day);
  const info = FOLLOW_UP_KIND_INFO[kind];
  const field = info.doneField;
  if (field === null) {
    throw new NotRecordableError(`an offer's deadline is not marked done: record your answer with the outcome accepted or declined`);
  }
  const change: FrontmatterChange = info.doneIsList ? { op: 'add-date', field, date } : { op: 'set-date', field, date };
  return { summary: `${info.doneWords} on ${date}`, changes: [change] };
}

/** How an application ended (or that it goes on to a next round), heard on `day`. */
export function recordOutcome(status: Status, day: Day): Recording {
  const date = formatDay(day);
  return {
    summary: `status ${status}, decided on ${date}`,
    changes: [
      { op: 'set-word', field: 'status', word: status },
      { op: 'set-date', field: 'decision_date', date },
    ],
  };
}

/** The note's open follow-ups wait until `until`. */
export function recordSnooze(until: Day): Recording {
  const date = formatDay(until);
  return { summary: `follow-ups snoozed until ${date}`, changes: [{ op: 'set-date', field: 'snoozed_until', date }] };
}

const KIND_BY_WORD = new Map<string, FollowUpKind>(FOLLOW_UP_KINDS.map((k) => [normalizeWord(k), k]));
const STATUS_BY_WORD = new Map<string, Status>(STATUSES.map((s) => [normalizeWord(s), s]));

/** `thank-you`, `Thank You` and `thank_you` are the thank-you kind; null for an unknown word. */
export function followUpKindOf(word: string): FollowUpKind | null {
  return KIND_BY_WORD.get(normalizeWord(word)) ?? null;
}

/** A status of the contract, its words compared as the contract compares them (`Verbal Offer`). */
export function statusOf(word: string): Status | null {
  return STATUS_BY_WORD.get(normalizeWord(word)) ?? null;
}

/** A field's value cannot take the change (a map where a list of dates belongs). */
export class RecordError extends Error {}

/** The value a field takes after a change, or `unchanged` when it already says so. */
export type NextValue = { unchanged: true } | { unchanged: false; value: unknown };

const UNCHANGED: NextValue = Object.freeze({ unchanged: true });

/** What a field holding `current` holds after the change. */
export function nextValue(current: unknown, change: FrontmatterChange): NextValue {
  switch (change.op) {
    case 'set-date': {
      const day = parseDay(change.date);
      if (day !== null && dayOfValue(current) === day) return UNCHANGED;
      return { unchanged: false, value: change.date };
    }
    case 'set-word':
      if (typeof current === 'string' && normalizeWord(current) === normalizeWord(change.word)) return UNCHANGED;
      return { unchanged: false, value: change.word };
    case 'add-date': {
      const day = parseDay(change.date);
      if (isAbsent(current)) return { unchanged: false, value: [change.date] };
      if (!Array.isArray(current) && typeof current === 'object' && !(current instanceof Date)) {
        throw new RecordError(`${change.field} holds a set of properties, not a list of dates; make it a list (such as ${change.field}: [${change.date}]) and try again`);
      }
      const items: unknown[] = Array.isArray(current) ? current : [current];
      if (items.some((item) => dayOfValue(item) === day)) return UNCHANGED;
      return { unchanged: false, value: [...items, change.date] };
    }
  }
}

/**
 * The key under which a field is written in this frontmatter, whatever its
 * spelling (`thankYouSent`, `Thank You Sent`): the one the follow-up rules
 * read. Null when the field is not there.
 */
export function keyOfField(
  frontmatter: Readonly<Record<string, unknown>>,
  field: string,
  propertyNames?: Readonly<Record<string, string>>,
): string | null {
  const wanted = normalizeWord(field);
  if (FIELD_BY_KEY.get(wanted) === field) {
    return collectFields(frontmatter, fieldLookup(propertyNames)).fields.get(field)?.key ?? null;
  }
  return Object.keys(frontmatter).find((k) => normalizeWord(k) === wanted) ?? null;
}

/** What a field held before a recording, for Undo. */
export interface PreviousValue {
  field: string;
  /** The key that was written (the note's own spelling, or the documented one when the field was new). */
  key: string;
  /** Whether the key was there at all (with a value or empty). */
  existed: boolean;
  /** Its value then (undefined when it was not there). */
  value: unknown;
}

export interface AppliedRecording {
  /** Whether anything changed; false when the note already said so. */
  changed: boolean;
  /** One entry for each field that changed. */
  previous: PreviousValue[];
  /**
   * Puts the previous values back into a frontmatter map (as a later
   * `processFrontMatter` hands it over): a field that was not there is
   * removed again.
   */
  restore: (frontmatter: Record<string, unknown>) => void;
}

function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v)]));
  }
  return value;
}

function changesOf(recording: Recording | readonly FrontmatterChange[]): readonly FrontmatterChange[] {
  return 'changes' in recording ? recording.changes : recording;
}

/**
 * Applies a recording to a frontmatter map in place, the way
 * `FileManager.processFrontMatter` hands it over: a field already written
 * under another spelling is updated under that spelling, never added twice;
 * a new field is added under its documented spelling. Throws `RecordError`
 * (and changes nothing) when a field's value cannot take the change.
 */
export function applyToFrontmatter(
  frontmatter: Record<string, unknown>,
  recording: Recording | readonly FrontmatterChange[],
  propertyNames?: Readonly<Record<string, string>>,
): AppliedRecording {
  const planned: Array<{ previous: PreviousValue; value: unknown }> = [];
  for (const change of changesOf(recording)) {
    const key = keyOfField(frontmatter, change.field, propertyNames);
    const existed = key !== null && Object.prototype.hasOwnProperty.call(frontmatter, key);
    const current = key === null ? undefined : frontmatter[key];
    const next = nextValue(current, change);
    if (next.unchanged) continue;
    planned.push({ previous: { field: change.field, key: key ?? nameToWrite(change.field, propertyNames), existed, value: copyOf(current) }, value: next.value });
  }
  for (const { previous, value } of planned) frontmatter[previous.key] = value;
  const previous = planned.map((p) => p.previous);
  return {
    changed: previous.length > 0,
    previous,
    restore(target: Record<string, unknown>): void {
      for (const p of [...previous].reverse()) {
        const key = Object.prototype.hasOwnProperty.call(target, p.key) ? p.key : (keyOfField(target, p.field, propertyNames) ?? p.key);
        if (p.existed) target[key] = copyOf(p.value);
        else delete target[key];
      }
    },
  };
}
