import type { App, Command } from 'obsidian';
import type { InterviewFollowUpSettings } from '../settings-data';
import type { LiveAgenda } from './live-agenda';
import type { ObsidianVault } from './obsidian-vault';

/** What the capture and track commands need of the plugin: narrow, so they do not depend on the plugin itself. */
export interface PluginHost {
  readonly app: App;
  readonly settings: InterviewFollowUpSettings;
  readonly live: LiveAgenda;
  /** The open vault, as the engine's use cases see it. */
  readonly interviews: ObsidianVault;
  addCommand(command: Command): Command;
}
