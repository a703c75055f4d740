import { readNote } from '../../src/engine/agenda';
import type { Day } from '../../src/engine/dates';
import type { Frontmatter } from '../../src/engine/read-note';
import { applyToFrontmatter, type Recording } from '../../src/engine/record';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../src/engine/settings';
import type { TrackPlan } from '../../src/engine/track';
import type { AppliedChange, CalendarFile, InterviewVault, TrackReplan } from '../../src/engine/use-cases/vault';

/** A vault held in memory (path -> properties), for the use cases' tests: the narrowest adapter of the port. */
export class MemoryVault implements InterviewVault {
  readonly notes: Map<string, Record<string, unknown>>;
  readonly ownTemplates = new Map<string, string>();
  /** Files written whole (new notes, calendars) and template notes, by path. */
  readonly files = new Map<string, string>();
  constructor(
    notes: Record<string, Record<string, unknown>>,
    private readonly today: Day,
    private readonly settings: RuleSettings = DEFAULT_RULE_SETTINGS,
  ) {
    this.notes = new Map(Object.entries(notes).map(([p, fm]) => [p, structuredClone(fm)]));
  }
  readings() {
    return Promise.resolve([...this.notes].map(([path, fm]) => readNote(path, fm, this.today, this.settings.interviewFolders, this.settings.propertyNames)));
  }
  personNote(link: string): Promise<Frontmatter | null> {
    const path = [...this.notes.keys()].find((p) => p.replace(/\.md$/, '').endsWith(link));
    return Promise.resolve(path === undefined ? null : (this.notes.get(path) ?? null));
  }
  templates(): Promise<Readonly<Record<string, string>>> {
    return Promise.resolve(Object.fromEntries(this.ownTemplates));
  }
  applyRecording(path: string, recording: Recording): Promise<AppliedChange> {
    const fm = this.notes.get(path);
    if (fm === undefined) throw new Error(`no note ${path}`);
    const applied = applyToFrontmatter(fm, recording, this.settings.propertyNames);
    return Promise.resolve({ changed: applied.changed, keys: applied.previous.map((p) => p.key) });
  }
  noteTemplate(name: string): Promise<string | null> {
    return Promise.resolve(this.files.get(name) ?? this.files.get(`${name}.md`) ?? null);
  }
  createNote(_folder: string, text: string, pathFor: (taken: (path: string) => boolean) => string): Promise<string> {
    const taken = new Set([...this.notes.keys(), ...this.files.keys()].map((p) => p.toLowerCase()));
    const path = pathFor((p) => taken.has(p.toLowerCase()));
    this.files.set(path, text);
    return Promise.resolve(path);
  }
  calendarFile(path: string): CalendarFile {
    return {
      name: path,
      read: () => Promise.resolve(this.files.get(path) ?? null),
      write: (text) => {
        this.files.set(path, text);
        return Promise.resolve();
      },
    };
  }
  /** A note's text: the notes written whole (`files`). */
  noteText(path: string): Promise<string> {
    const text = this.files.get(path);
    return text === undefined ? Promise.reject(new Error(`no note ${path}`)) : Promise.resolve(text);
  }
  applyTrack(path: string, replan: TrackReplan): Promise<{ plan: TrackPlan; written: readonly string[] }> {
    const { plan, additions } = replan(this.files.get(path) ?? '');
    this.files.set(path, plan.text);
    return Promise.resolve({ plan, written: additions.map((a) => a.key) });
  }
}
