import { PluginSettingTab, type App, type Plugin, type SettingDefinitionItem } from 'obsidian';
import { renderSettingsTable } from './ui/settings-fallback';
import { settingDefinitions, settingsTable, type SettingsTable } from './ui/settings-table';

export { DEFAULT_SETTINGS, readSettings, type InterviewFollowUpSettings } from './settings-data';
import type { InterviewFollowUpSettings } from './settings-data';

/** What the settings tab changes: the plugin, narrowly. */
export interface SettingsHost {
  settings: InterviewFollowUpSettings;
  saveSettings(rulesChanged: boolean): Promise<void>;
}

/**
 * The settings tab. Obsidian 1.13 and later render (and search) the
 * definitions of `getSettingDefinitions()`; earlier versions call
 * `display()`, which renders the same table with the older API, so the two
 * never differ.
 */
export class FollowUpSettingTab extends PluginSettingTab {
  private readonly table: SettingsTable;

  constructor(
    app: App,
    private readonly host: Plugin & SettingsHost,
  ) {
    super(app, host);
    this.table = settingsTable(app, host);
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return settingDefinitions(this.table);
  }

  override getControlValue(key: string): unknown {
    return this.table.read(key);
  }

  override setControlValue(key: string, value: unknown): Promise<void> {
    return this.table.write(key, value);
  }

  /** Obsidian before 1.13 only. */
  override display(): void {
    this.containerEl.empty();
    renderSettingsTable(this.containerEl, this.table);
  }
}
