import { Notice, TFile } from 'obsidian';
import { formatDay } from '../engine/dates';
import { normalizeKey } from '../engine/keys';
import type { CapturedPerson, InterviewCapture } from '../engine/new-note';
import { planTrack, type TrackAddition, type TrackOptions, type TrackPlan } from '../engine/track';
import { Refusal } from '../engine/use-cases/refusal';
import { trackNote, type TrackResult } from '../engine/use-cases/track';
import type { PluginHost } from './plugin-host';
import { asSentence } from '../ui/capture-form';
import { TrackModal, type FoundField, type TrackFormField } from '../ui/track-modal';
import { namesInVault } from './capture';
import { saveOpenEditors } from './obsidian-vault';

/**
 * "Track this note as an interview", on the active note when it is not an
 * interview note yet: the new-interview form, filled in with what `track`
 * finds in the note (its properties under other names, Dataview fields, a
 * date in its name). On submit only what the note lacks is written, through
 * processFrontMatter: keys are added, the others are left as they are, and
 * a type the note has keeps its value with `interview` beside it.
 */

/** The form's field for each documented field it shows. */
const FORM_FIELDS: ReadonlyArray<[string, TrackFormField]> = [
  ['company', 'company'],
  ['position', 'position'],
  ['interviewer', 'interviewers'],
  ['references', 'references'],
  ['promised_date', 'promised-date'],
  ['contact_method', 'contact-method'],
  ['final_round', 'final-round'],
];

/** A property value as the text the form shows: a link as `[[Target]]`, a person map as its name. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // An unquoted [[Link]] is read as a list in a list.
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && typeof value[0][0] === 'string') return `[[${value[0][0]}]]`;
  if (value !== null && typeof value === 'object' && 'name' in value) return textOf(value.name);
  return '';
}

/** A list (of people) as one line each. */
function linesOf(value: unknown): string {
  if (Array.isArray(value) && textOf(value) === '') return value.map(textOf).filter((t) => t !== '').join('\n');
  return textOf(value);
}

interface Prefill {
  found: Partial<Record<TrackFormField, FoundField>>;
  /** Found fields the form does not show (follow_up_by, deliverable, ...): added as they are. */
  beyondForm: TrackAddition[];
  changeable: Set<TrackFormField>;
  /** The date and time of the note's own date property as the form shows them, `YYYY-MM-DD[THH:mm]`, to tell whether they were changed. */
  shownDate: string | null;
}

/** What the form opens with: each field the note has (as it is) or that was found for it. */
function prefillOf(plan: TrackPlan): Prefill {
  const values = new Map<string, { value: unknown; inNote: string | null }>();
  for (const p of plan.present) values.set(p.field, { value: p.value, inNote: p.key });
  for (const a of plan.additions) if (!values.has(a.field)) values.set(a.field, { value: a.value, inNote: null });
  const found: Partial<Record<TrackFormField, FoundField>> = {};
  for (const [field, name] of FORM_FIELDS) {
    const v = values.get(field);
    if (v !== undefined) found[name] = { value: linesOf(v.value), inNote: v.inNote };
  }
  const changeable = new Set<TrackFormField>();
  const date = values.get('date');
  let shownDate: string | null = null;
  if (date !== undefined) {
    const text = textOf(date.value).trim();
    const time = /^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2})/.exec(text)?.[1] ?? '';
    found.date = { value: text.slice(0, 10), inNote: date.inNote };
    found.time = { value: time, inNote: date.inNote };
    if (date.inNote !== null) shownDate = `${text.slice(0, 10)}${time === '' ? '' : `T${time}`}`;
    // A plain `date` is as often the day the note was made: another day given here goes in as interview_date.
    if (date.inNote === null || normalizeKey(date.inNote) === 'date') {
      changeable.add('date');
      changeable.add('time');
    }
  }
  const shownFields = new Set(['type', 'date', ...FORM_FIELDS.map(([f]) => f)]);
  return { found, changeable, shownDate, beyondForm: plan.additions.filter((a) => !shownFields.has(a.field)) };
}

function personText(p: CapturedPerson): string {
  return typeof p === 'string' ? p : p.name;
}

/** What the form says, as `track`'s options: given only, nothing looked up again. */
function optionsOf(capture: InterviewCapture, shownDate: string | null): TrackOptions {
  const date = `${formatDay(capture.date)}${capture.time === null ? '' : `T${capture.time}`}`;
  return {
    givenOnly: true,
    date: date === shownDate ? null : date,
    company: capture.company,
    position: capture.position,
    interviewers: capture.interviewers.map(personText),
    references: capture.references.map(personText),
    promisedDate: capture.promisedDate === null ? null : formatDay(capture.promisedDate),
    contactMethod: capture.contactMethod,
    finalRound: capture.finalRound,
  };
}

/** Writes what the form gives and the note lacks, through the engine's `track` use case; a sentence saying why nothing was written, or null. */
async function writeTracked(plugin: PluginHost, file: TFile, capture: InterviewCapture, prefill: Prefill): Promise<string | null> {
  let result: TrackResult;
  try {
    result = await trackNote(plugin.interviews, { path: file.path, options: optionsOf(capture, prefill.shownDate), also: prefill.beyondForm }, { propertyNames: plugin.settings.propertyNames });
  } catch (error) {
    if (error instanceof Refusal) return asSentence(error.message);
    throw error;
  }
  if (result.written.length === 0) {
    new Notice(`${file.basename} already has all of this; nothing was added.`);
    return null;
  }
  new Notice(`Tracked ${file.basename} as an interview: added ${result.written.join(', ')}.`);
  return null;
}

export async function openTrackForm(plugin: PluginHost, file: TFile): Promise<void> {
  let plan: TrackPlan;
  try {
    await saveOpenEditors(plugin.app, file);
    plan = planTrack(file.path, await plugin.app.vault.read(file), {}, { propertyNames: plugin.settings.propertyNames });
  } catch (error) {
    new Notice(`Interview Follow-up: ${file.basename} could not be read (${error instanceof Error ? error.message : String(error)}).`);
    return;
  }
  // Without an interview day the form asks for one; any other refusal is said as it is.
  if (plan.refusal !== null && !plan.missingDate) {
    new Notice(`Interview Follow-up: ${file.basename} was not tracked: ${asSentence(plan.refusal)}`, 10_000);
    return;
  }
  const prefill = prefillOf(plan);
  new TrackModal(
    plugin.app,
    {
      companies: namesInVault(plugin, (n) => n.company),
      positions: namesInVault(plugin, (n) => n.position),
      today: plugin.live.today(),
      time: '',
      submit: (capture) => writeTracked(plugin, file, capture, prefill),
    },
    { note: file.basename, found: prefill.found, changeable: prefill.changeable, alsoAdded: prefill.beyondForm.flatMap((a) => a.lines) },
  ).open();
}

/**
 * The command, offered on a markdown note that is not an interview note
 * yet, or is one without a usable date (its problem points here).
 */
export function registerTrackCommand(plugin: PluginHost): void {
  plugin.addCommand({
    id: 'track-note',
    name: 'Track this note as an interview',
    checkCallback: (checking) => {
      const file = plugin.app.workspace.getActiveFile();
      if (!(file instanceof TFile) || file.extension !== 'md') return false;
      const note = plugin.live.interviewNote(file.path);
      if (note !== null && note.date !== null) return false;
      if (!checking) void openTrackForm(plugin, file);
      return true;
    },
  });
}
