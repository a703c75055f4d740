import { MarkdownView, Notice, normalizePath, TFile, type App, parseYaml, stringifyYaml } from 'obsidian';
import type { Day } from '../engine/dates';
import type { InterviewNote } from '../engine/interview-note';
import { CaptureError, cursorPosition, newNotePath, newNoteText, nextRoundCapture, type InterviewCapture } from '../engine/new-note';
import { vaultPathProblem } from '../engine/note-file-name';
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

/** The folder of the settings, as a vault path (`''` for the vault's top). */
function folderOf(setting: string): string {
  const path = normalizePath(setting.trim());
  return path === '/' || path === '.' ? '' : path;
}

/** The user's template note, if the settings name one; a message when it cannot be found. */
async function templateText(app: App, setting: string): Promise<string | null> {
  const name = setting.trim();
  if (name === '') return null;
  const path = normalizePath(name);
  const file =
    app.vault.getFileByPath(path) ??
    app.vault.getFileByPath(`${path}.md`) ??
    app.metadataCache.getFirstLinkpathDest(path.replace(/\.md$/i, ''), '');
  if (!(file instanceof TFile)) throw new CaptureError(`the template note '${name}' named in the settings is not in the vault; fix the setting, or clear it to use the built-in layout`);
  return app.vault.read(file);
}

/**
 * Writes a new interview note and opens it. Returns a sentence saying why
 * nothing was written, or null when the note was created.
 */
export async function createInterviewNote(plugin: PluginHost, capture: InterviewCapture): Promise<string | null> {
  const { app, settings } = plugin;
  const folderProblem = vaultPathProblem(settings.newNoteFolder, 'The folder for new interview notes');
  if (folderProblem !== null) return asSentence(`${folderProblem}; nothing was written`);
  const folder = folderOf(settings.newNoteFolder);
  let text: string;
  try {
    text = newNoteText(capture, {
      template: await templateText(app, settings.newNoteTemplate),
      sender: { name: settings.yourName.trim() || null, signature: settings.signature.trim() || null, phone: settings.yourPhone.trim() || null, email: settings.yourEmail.trim() || null },
      today: plugin.live.today(),
      yaml: { parse: parseYaml, stringify: stringifyYaml },
    });
  } catch (error) {
    if (error instanceof CaptureError) return asSentence(`${error.message}; nothing was written`);
    throw error;
  }
  // Compared as file systems compare names: any case, composed or decomposed accents alike.
  const same = (p: string) => p.normalize('NFC').toLowerCase();
  const taken = new Set(app.vault.getFiles().map((f) => same(f.path)));
  const path = newNotePath(capture, folder, (p) => taken.has(same(p)));
  let file: TFile;
  try {
    if (folder !== '' && app.vault.getAbstractFileByPath(folder) === null) await app.vault.createFolder(folder);
    file = await app.vault.create(path, text);
  } catch (error) {
    return `${path} could not be created (${error instanceof Error ? error.message : String(error)}); nothing was written.`;
  }
  plugin.live.flush();
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true });
  const view = leaf.view instanceof MarkdownView ? leaf.view : app.workspace.getActiveViewOfType(MarkdownView);
  if (view !== null && view.file?.path === file.path) view.editor.setCursor(cursorPosition(text));
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
  if (note.company === null || note.position === null) {
    new Notice('This note has no company or position, so a next round cannot be matched to it; add both to its properties first.');
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
