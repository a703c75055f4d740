import { MarkdownView, Notice, parseYaml, stringifyYaml } from 'obsidian';
import type { Day } from '../engine/dates';
import type { InterviewNote } from '../engine/interview-note';
import { nextRoundCapture, type InterviewCapture } from '../engine/new-note';
import { senderOfSettings } from '../engine/sender';
import { createInterviewNote as createNote, nextRoundProblem, type CreatedNote } from '../engine/use-cases/new-note';
import { Refusal } from '../engine/use-cases/refusal';
import { noteLabel } from '../engine/words';
import type { PluginHost } from './plugin-host';
import { asSentence } from '../ui/capture-form';
import { CaptureModal } from '../ui/capture-modal';
import { OutcomeModal } from '../ui/outcome-modal';
import { RoundModal } from '../ui/round-modal';
import { recordInPlugin } from './recording';

/**
 * Commands that write interview notes: a new note from a short form, the
 * next round of an application, and how an application went. New notes go
 * into the folder of the settings, never over an existing note, and open
 * with the cursor where the first thing to write down goes.
 */

/** `14:05`: the local time of day. */
function timeOfDay(now: Date): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** Companies and positions of the vault's interview notes, each once (whatever its case), in order. */
export function namesInVault(plugin: PluginHost, of: (note: InterviewNote) => string | null): string[] {
  const seen = new Map<string, string>();
  // Every interview note, finished applications and future rounds included.
  for (const note of plugin.live.interviewNotes()) {
    const name = of(note)?.trim();
    if (name !== undefined && name !== '' && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * Writes a new interview note through the engine's use case (the command
 * line's `new` runs it too) and opens it with the cursor where the first
 * thing to write down goes. Returns a sentence saying why nothing was
 * written, or null when the note was created.
 */
export async function createInterviewNote(plugin: PluginHost, capture: InterviewCapture): Promise<string | null> {
  const { app, settings } = plugin;
  let created: CreatedNote;
  try {
    created = await createNote(
      plugin.interviews,
      capture,
      { folder: settings.newNoteFolder, folderName: 'The folder for new interview notes', template: settings.newNoteTemplate, sender: senderOfSettings(settings) },
      plugin.live.today(),
      { parse: parseYaml, stringify: stringifyYaml },
    );
  } catch (error) {
    if (error instanceof Refusal) return asSentence(`${error.message}; nothing was written`);
    throw error;
  }
  plugin.live.flush();
  const file = app.vault.getFileByPath(created.path);
  if (file === null) return null;
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true });
  const view = leaf.view instanceof MarkdownView ? leaf.view : app.workspace.getActiveViewOfType(MarkdownView);
  if (view !== null && view.file?.path === file.path) view.editor.setCursor(created.cursor);
  return null;
}

function activeInterview(plugin: PluginHost): InterviewNote | null {
  const file = plugin.app.workspace.getActiveFile();
  return file === null ? null : plugin.live.interviewNote(file.path);
}

function applicationOf(note: InterviewNote): string {
  return noteLabel(note) || note.path;
}

function carriedOver(note: InterviewNote): string {
  const names = (people: InterviewNote['interviewers']) => people.map((p) => p.name).join(', ');
  const parts = [];
  if (note.interviewers.length > 0) parts.push(`interviewers ${names(note.interviewers)}`);
  if (note.references.length > 0) parts.push(`references ${names(note.references)}`);
  return parts.length === 0 ? 'A new note for the same company and position.' : `A new note for the same company and position, with ${parts.join('; ')}.`;
}

function openRound(plugin: PluginHost, note: InterviewNote): void {
  const problem = nextRoundProblem(note);
  if (problem !== null) {
    new Notice(problem);
    return;
  }
  new RoundModal(plugin.app, {
    application: applicationOf(note),
    carriedOver: carriedOver(note),
    today: plugin.live.today(),
    submit: (day: Day, time, finalRound) => createInterviewNote(plugin, nextRoundCapture(note, day, time, finalRound)),
  }).open();
}

function openOutcome(plugin: PluginHost, note: InterviewNote): void {
  new OutcomeModal(plugin.app, {
    application: applicationOf(note),
    current: note.status,
    today: plugin.live.today(),
    // The use case puts the outcome into the application's latest round.
    choose: (status, day) => void recordInPlugin(plugin.interviews, plugin.live, { command: 'outcome', path: note.path, status, day }),
  }).open();
}

/** Commands that write interview notes: a new note, a new round, the outcome. */
export function registerCaptureCommands(plugin: PluginHost): { newInterviewNote(): void } {
  const newInterviewNote = () => {
    new CaptureModal(plugin.app, {
      companies: namesInVault(plugin, (n) => n.company),
      positions: namesInVault(plugin, (n) => n.position),
      today: plugin.live.today(),
      time: timeOfDay(new Date()),
      submit: (capture) => createInterviewNote(plugin, capture),
    }).open();
  };
  const inInterview = (act: (note: InterviewNote) => void) => (checking: boolean) => {
    const note = activeInterview(plugin);
    if (note === null) return false;
    if (!checking) act(note);
    return true;
  };
  plugin.addCommand({ id: 'new-interview-note', name: 'New interview note', callback: newInterviewNote });
  plugin.addCommand({ id: 'new-round', name: 'New round of this application', checkCallback: inInterview((note) => openRound(plugin, note)) });
  plugin.addCommand({ id: 'record-outcome', name: 'Record outcome', checkCallback: inInterview((note) => openOutcome(plugin, note)) });
  return { newInterviewNote };
}
