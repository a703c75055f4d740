import { buildAgenda } from '../engine/agenda';
import type { Day } from '../engine/dates';
import type { RuleSettings } from '../engine/settings';
import { DEFAULT_STORED_RULE_SETTINGS, toRuleSettings } from '../engine/stored-settings';
import { mergePropertyNames } from './property-option';
import { readSavedSettings, scanVault } from './scan';

/** What the command line adds to the plugin's saved settings. */
export interface SettingsOptions {
  folders: readonly string[];
  holidays: readonly Day[];
  /** `--property FIELD=NAME`, by documented field. */
  propertyNames: Readonly<Record<string, string>>;
}

export const NO_SETTINGS_OPTIONS: SettingsOptions = Object.freeze({ folders: [], holidays: [], propertyNames: {} });

/**
 * The rule settings of a vault: the plugin's saved ones (the defaults when
 * there are none), with the command line's folders and holidays added and
 * its property names over the saved ones, so the sidebar and the command
 * line agree.
 */
export async function vaultSettings(vault: string, options: SettingsOptions, warn: (line: string) => void): Promise<RuleSettings> {
  const saved = (await readSavedSettings(vault, warn)) ?? DEFAULT_STORED_RULE_SETTINGS;
  const settings = toRuleSettings(saved);
  settings.interviewFolders.push(...options.folders);
  settings.holidays.push(...options.holidays);
  settings.propertyNames = mergePropertyNames(saved.propertyNames, options.propertyNames);
  return settings;
}

import type { VaultAgenda } from '../engine/use-cases/vault';

export type { VaultAgenda } from '../engine/use-cases/vault';

export async function vaultAgenda(vault: string, today: Day, settings: RuleSettings): Promise<VaultAgenda> {
  const readings = await scanVault(vault, today, settings.interviewFolders, undefined, settings.propertyNames);
  return { readings, agenda: buildAgenda(readings, today, settings) };
}
