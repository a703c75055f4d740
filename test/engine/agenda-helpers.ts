import { agendaToJson, buildAgenda, readNote, type FollowUpJson } from '../../src/engine/agenda';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../src/engine/settings';
import { d } from '../helpers';

/** The agenda's items (as the command line prints them) for notes given as frontmatter maps by path. */
export function agendaOf(
  notes: Record<string, Record<string, unknown> | null>,
  today: string,
  settings: Partial<RuleSettings> = {},
): { items: FollowUpJson[]; problems: Array<{ note: string; field: string | null; message: string }> } {
  const s: RuleSettings = { ...DEFAULT_RULE_SETTINGS, ...settings };
  const readings = Object.entries(notes).map(([path, fm]) => readNote(path, fm, d(today), s.interviewFolders, s.propertyNames));
  const json = agendaToJson(buildAgenda(readings, d(today), s));
  return { items: json.items, problems: json.problems };
}

/** `kind who from..due state` lines: easy to read in a failing test. */
export function lines(items: FollowUpJson[]): string[] {
  return items.map((i) => `${i.note} ${i.kind}${i.who !== null ? ` (${i.who})` : ''} ${i.from}..${i.due} ${i.state}`);
}
