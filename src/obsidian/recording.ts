import { MarkdownView, Notice, TFile, type App } from 'obsidian';
import { applyToFrontmatter, type AppliedRecording, type Recording } from '../engine/record';

/**
 * Writes a recording (a done marker, an inquiry date, a snooze, an outcome)
 * into the note as it is now, through Obsidian's processFrontMatter, which
 * touches the frontmatter only. Says what it did, with an Undo button that
 * restores the previous values.
 */
export async function recordInNote(
  app: App,
  path: string,
  recording: Recording,
  settled: (path: string) => Promise<void>,
  /** The person's own property names: a field is written under its mapped name. */
  propertyNames?: Readonly<Record<string, string>>,
): Promise<boolean> {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) {
    new Notice(`Interview Follow-up: ${path} no longer exists, so nothing was recorded.`);
    return false;
  }
  const result: { applied?: AppliedRecording } = {};
  let inAgenda: Promise<void> = Promise.resolve();
  try {
    await saveOpenEditors(app, file);
    inAgenda = settled(file.path);
    await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
      result.applied = applyToFrontmatter(frontmatter, recording, propertyNames);
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    new Notice(`Interview Follow-up: nothing was recorded in ${path}, and the note was left as it was: ${reason}`);
    return false;
  }
  const done = result.applied;
  if (done?.changed === true) await inAgenda;
  if (done === undefined) return false;
  const fragment = createFragment();
  fragment.createSpan({ text: done.changed ? `Recorded in ${file.basename}: ${recording.summary}. ` : `Already recorded in ${file.basename}: ${recording.summary}. ` });
  if (done.changed) {
    const undo = fragment.createEl('button', { text: 'Undo', cls: 'ifu-undo' });
    const notice = new Notice(fragment, 8_000);
    undo.addEventListener('click', () => {
      notice.hide();
      void undoRecording(app, file, done, settled);
    });
  } else {
    new Notice(fragment, 5_000);
  }
  return true;
}

/**
 * Saves what is typed in any editor showing this note, so that the write to
 * the file cannot race an unsaved edit.
 */
export async function saveOpenEditors(app: App, file: TFile): Promise<void> {
  for (const leaf of app.workspace.getLeavesOfType('markdown')) {
    const view = leaf.view;
    if (view instanceof MarkdownView && view.file?.path === file.path) await view.save();
  }
}

async function undoRecording(app: App, file: TFile, applied: AppliedRecording, settled: (path: string) => Promise<void>): Promise<void> {
  try {
    await saveOpenEditors(app, file);
    const inAgenda = settled(file.path);
    await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
      applied.restore(frontmatter);
    });
    await inAgenda;
    new Notice('Undone.');
  } catch (error) {
    new Notice(`Interview Follow-up: could not undo: ${error instanceof Error ? error.message : String(error)}`);
  }
}
