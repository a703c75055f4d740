import { Notice } from 'obsidian';
import { record, type RecordRequest } from '../engine/use-cases/record';
import { Refusal } from '../engine/use-cases/refusal';
import type { LiveAgenda } from './live-agenda';
import type { ObsidianVault, PluginChange } from './obsidian-vault';

/**
 * Records what happened (a follow-up done, an outcome, a snooze) through the
 * engine's `record` use case, which the command line runs too: it refuses
 * what the note cannot take and puts an outcome into the application's
 * latest round. Says what it did, with an Undo button that restores the
 * previous values. True when the note holds the recording.
 */
export async function recordInPlugin(vault: ObsidianVault, live: Pick<LiveAgenda, 'today' | 'ruleSettings'>, request: RecordRequest): Promise<boolean> {
  let done: PluginChange;
  let summary: string;
  try {
    const result = await record(vault, request, live.today(), live.ruleSettings());
    done = result.applied;
    summary = result.recording.summary;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    new Notice(`Interview Follow-up: ${sentence(error.message)}`);
    return false;
  }
  if (done.changed) await done.inAgenda;
  const name = done.file.basename;
  const fragment = createFragment();
  fragment.createSpan({ text: done.changed ? `Recorded in ${name}: ${summary}. ` : `Already recorded in ${name}: ${summary}. ` });
  if (done.changed) {
    const undo = fragment.createEl('button', { text: 'Undo', cls: 'ifu-undo' });
    const notice = new Notice(fragment, 8_000);
    undo.addEventListener('click', () => {
      notice.hide();
      void undoRecording(vault, done);
    });
  } else {
    new Notice(fragment, 5_000);
  }
  return true;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

async function undoRecording(vault: ObsidianVault, change: PluginChange): Promise<void> {
  try {
    await vault.undo(change);
    new Notice('Undone.');
  } catch (error) {
    new Notice(`Interview Follow-up: could not undo: ${error instanceof Error ? error.message : String(error)}`);
  }
}
