import { readNote, unreadableNote, type Agenda, type NoteReading } from './agenda';
import { BusinessCalendar, type Day } from './dates';
import {
  applicationKey,
  compareFollowUps,
  followUpsOfApplication,
  makeApplication,
  NO_SEARCH_END,
  searchEndOf,
  type Application,
  type FollowUp,
  type SearchEnd,
} from './follow-ups';
import type { InterviewNote, Problem } from './interview-note';
import type { Frontmatter } from './read-note';
import { isInFolders, type RuleSettings } from './settings';

/** What the index needs to know about the vault: narrow, so it can be fed by Obsidian or by a test. */
export interface NoteSource {
  /** Calls `visit` with every markdown note's path and parsed frontmatter (null when it has none), in one pass. */
  forEachNote(visit: (path: string, frontmatter: Frontmatter | null) => void): void;
  /** A note's parsed frontmatter; null when it has none. */
  frontmatter(path: string): Frontmatter | null;
  /** A message when the note has frontmatter that could not be read and concerns an interview, else null. */
  unreadableFrontmatter(path: string, inInterviewFolder: boolean): string | null;
}

/** Properties as comparable text; null when there are none (or they cannot be written as JSON). */
function fingerprintOf(frontmatter: Frontmatter | null): string | null {
  if (frontmatter === null) return null;
  try {
    return JSON.stringify(frontmatter);
  } catch {
    return null;
  }
}

function binarySearch(items: readonly FollowUp[], item: FollowUp): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareFollowUps(items[mid] as FollowUp, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The follow-ups of a whole vault, kept current one note at a time: a change
 * recomputes only the applications that note belonged to and belongs to now,
 * and moves their follow-ups within the sorted agenda.
 */
export class FollowUpIndex {
  private readings = new Map<string, NoteReading>();
  /** Each stored note's properties as text, to tell a real change from an edit of the body. */
  private fingerprints = new Map<string, string>();
  private rounds = new Map<string, Map<string, InterviewNote>>();
  private followUpsByApplication = new Map<string, FollowUp[]>();
  private sorted: FollowUp[] = [];
  private problems: Problem[] | null = [];
  private calendar: BusinessCalendar;
  /** The applications whose latest round has an offer or an acceptance: what the search's end is made of. */
  private ending = new Set<string>();
  private searchEnd: SearchEnd = NO_SEARCH_END;
  /** Whether a change since the last recompute touched an application with an offer or an acceptance (before or after). */
  private endingTouched = false;

  constructor(
    private readonly source: NoteSource,
    private settings: RuleSettings,
    private today: Day,
  ) {
    this.calendar = new BusinessCalendar(settings.holidays);
  }

  /** Reads every note again (at start, and after a settings change). */
  rebuild(settings: RuleSettings = this.settings): void {
    this.settings = settings;
    this.calendar = new BusinessCalendar(settings.holidays);
    this.readings.clear();
    this.fingerprints.clear();
    this.rounds.clear();
    this.ending.clear();
    this.source.forEachNote((path, frontmatter) => {
      const r = this.readWith(path, frontmatter);
      if (r !== null) this.store(path, r);
    });
    this.recomputeAll();
  }

  /** Moves the agenda to another day (at local midnight). */
  setToday(today: Day): void {
    if (today === this.today) return;
    this.today = today;
    this.recomputeAll();
  }

  /** A note was created or changed. */
  /** A note was created or changed. Returns whether the agenda or the problems changed. */
  update(path: string): boolean {
    const frontmatter = this.source.frontmatter(path);
    const fingerprint = fingerprintOf(frontmatter);
    const before = this.readings.get(path);
    // Typing in a note's body changes nothing here: its properties are what they were.
    if (before !== undefined && fingerprint !== null && this.fingerprints.get(path) === fingerprint) return false;
    const after = this.readWith(path, frontmatter);
    if (before === undefined && after === null) return false;
    const touched = new Set<string>();
    if (before !== undefined) {
      this.forget(path, before, touched);
    }
    if (after !== null) {
      this.store(path, after, touched);
      if (fingerprint !== null) this.fingerprints.set(path, fingerprint);
    }
    if ((before?.problems.length ?? 0) > 0 || (after?.problems.length ?? 0) > 0) this.problems = null;
    this.recomputeTouched(touched, before?.note?.references.length !== 0 || (after?.note?.references.length ?? 0) !== 0);
    return true;
  }

  /** A note was deleted. Returns whether the agenda or the problems changed. */
  remove(path: string): boolean {
    const before = this.readings.get(path);
    if (before === undefined) return false;
    const touched = new Set<string>();
    this.forget(path, before, touched);
    if (before.problems.length > 0) this.problems = null;
    this.recomputeTouched(touched, (before.note?.references.length ?? 0) > 0);
    return true;
  }

  /** A note was renamed or moved (its folder may make it an interview note, or not). */
  rename(oldPath: string, newPath: string): boolean {
    const removed = this.remove(oldPath);
    return this.update(newPath) || removed;
  }

  agenda(): Agenda {
    if (this.problems === null) {
      const all: Problem[] = [];
      for (const r of this.readings.values()) all.push(...r.problems);
      this.problems = all.sort((a, b) => (a.note < b.note ? -1 : a.note > b.note ? 1 : 0));
    }
    return { today: this.today, followUps: this.sorted, problems: this.problems };
  }

  /** Every note's reading (interview notes and notes with problems), as last read. */
  allReadings(): NoteReading[] {
    return [...this.readings.values()];
  }

  /** Every interview note, as last read. */
  *interviewNotes(): Iterable<InterviewNote> {
    for (const r of this.readings.values()) if (r.note !== null) yield r.note;
  }

  /** The interview note at this path, as last read. */
  note(path: string): InterviewNote | null {
    return this.readings.get(path)?.note ?? null;
  }

  private readWith(path: string, frontmatter: Frontmatter | null): NoteReading | null {
    // Only a note without readable properties can have broken ones.
    const unreadable = frontmatter === null ? this.source.unreadableFrontmatter(path, isInFolders(path, this.settings.interviewFolders)) : null;
    const r = unreadable !== null ? unreadableNote(path, unreadable) : readNote(path, frontmatter, this.today, this.settings.interviewFolders, this.settings.propertyNames);
    return r.note === null && r.problems.length === 0 ? null : r;
  }

  private store(path: string, r: NoteReading, touched?: Set<string>): void {
    this.readings.set(path, r);
    const note = r.note;
    if (note === null) return;
    // A reference of a note without a date is still thanked at the search's end.
    if (note.date === null) return;
    const key = applicationKey(note);
    let group = this.rounds.get(key);
    if (group === undefined) this.rounds.set(key, (group = new Map<string, InterviewNote>()));
    group.set(path, note);
    this.noteEnding(key);
    touched?.add(key);
  }

  /** Keeps `ending` current for one application: whether its outcome is an offer or an acceptance. */
  private noteEnding(key: string): void {
    const group = this.rounds.get(key);
    const outcome = group === undefined ? null : makeApplication([...group.values()]).outcome;
    if (this.ending.has(key)) this.endingTouched = true;
    if (outcome === 'offer' || outcome === 'verbal-offer' || outcome === 'accepted') {
      this.ending.add(key);
      this.endingTouched = true;
    } else {
      this.ending.delete(key);
    }
  }

  /**
   * The search's end from the applications with an offer or an acceptance.
   * `keepReferences`: no note's references changed, so the references to
   * thank are the ones already gathered (gathering them reads every note).
   */
  private computeSearchEnd(keepReferences = false): SearchEnd {
    if (this.ending.size === 0) return NO_SEARCH_END;
    const applications: Application[] = [];
    for (const key of this.ending) {
      const group = this.rounds.get(key);
      if (group !== undefined) applications.push(makeApplication([...group.values()]));
    }
    const known = this.searchEnd.acceptance !== null ? this.searchEnd.references : null;
    if (keepReferences && known !== null) {
      const end = searchEndOf(applications, () => [], this.today);
      return end.acceptance === null ? end : { ...end, references: known };
    }
    return searchEndOf(applications, () => this.interviewNotes(), this.today);
  }

  /**
   * After a change: when the search's end moved (a new offer, an
   * acceptance, another deadline), every application is recomputed; else the
   * touched ones, and the accepted one when references may have changed.
   */
  private recomputeTouched(touched: Set<string>, referencesMayHaveChanged: boolean): void {
    const before = this.searchEnd;
    const needed = this.endingTouched || (referencesMayHaveChanged && before.acceptance !== null);
    this.endingTouched = false;
    // Most changes concern no offer, no acceptance and no reference: the search's end stays as it was.
    const after = needed ? this.computeSearchEnd(!referencesMayHaveChanged) : before;
    this.searchEnd = after;
    if (signatureOf(before) !== signatureOf(after)) {
      this.recomputeAll(after);
      return;
    }
    const accepted = after.acceptance?.application.latest;
    if (accepted !== undefined && referencesMayHaveChanged) touched.add(applicationKey(accepted));
    for (const key of touched) this.recomputeApplication(key);
  }

  private forget(path: string, r: NoteReading, touched: Set<string>): void {
    this.readings.delete(path);
    this.fingerprints.delete(path);
    const note = r.note;
    if (note === null || note.date === null) return;
    const key = applicationKey(note);
    const group = this.rounds.get(key);
    group?.delete(path);
    if (group !== undefined && group.size === 0) this.rounds.delete(key);
    this.noteEnding(key);
    touched.add(key);
  }

  private followUpsOf(key: string): FollowUp[] {
    const group = this.rounds.get(key);
    if (group === undefined) return [];
    return followUpsOfApplication(makeApplication([...group.values()]), this.today, this.settings, this.calendar, this.searchEnd);
  }

  private recomputeApplication(key: string): void {
    const next = this.sorted;
    for (const old of this.followUpsByApplication.get(key) ?? []) {
      const i = binarySearch(next, old);
      next.splice(next[i] === old ? i : next.indexOf(old), 1);
    }
    const fresh = this.followUpsOf(key);
    if (fresh.length === 0) this.followUpsByApplication.delete(key);
    else this.followUpsByApplication.set(key, fresh);
    for (const f of fresh) next.splice(binarySearch(next, f), 0, f);
  }

  private recomputeAll(end: SearchEnd = this.computeSearchEnd()): void {
    this.searchEnd = end;
    this.endingTouched = false;
    this.followUpsByApplication.clear();
    const all: FollowUp[] = [];
    for (const key of this.rounds.keys()) {
      const fresh = this.followUpsOf(key);
      if (fresh.length > 0) {
        this.followUpsByApplication.set(key, fresh);
        all.push(...fresh);
      }
    }
    this.sorted = all.sort(compareFollowUps);
    this.problems = null;
  }
}

/** What of the search's end every application depends on: which offer and which acceptance, from when, and the references. */
function signatureOf(end: SearchEnd): string {
  const offer = end.offer === null ? '' : `${end.offer.application.latest.path}\u0000${end.offer.from}\u0000${end.offer.deadline}`;
  const acceptance = end.acceptance === null ? '' : `${end.acceptance.application.latest.path}\u0000${end.acceptance.from}`;
  return `${offer}\u0001${acceptance}`;
}
