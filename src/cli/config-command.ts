import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { normalizeWord } from '../engine/keys';
import { scanArguments, vaultOption } from './option-scan';
import { UsageError } from './usage-error';
import { visibleControls } from './control-characters';
import { obsidianVaultAbove } from './note-location';
import { closestWord } from './property-option';
import { removedOnExit, updateFile, withFileLock, WriteRefusal } from './safe-write';
import { PLUGIN_ID, readPluginData } from './scan';

/**
 * `config`: your details for the drafts (name, email, phone, signature),
 * kept in the plugin's saved settings (`.obsidian/plugins/interview-follow-up/data.json`),
 * the very file the plugin reads and its settings tab writes.
 */

/** Each detail as the command line names it, and its key in the plugin's saved settings. */
export const SENDER_SETTINGS = {
  name: 'yourName',
  email: 'yourEmail',
  phone: 'yourPhone',
  signature: 'signature',
} as const;

export type SenderSetting = keyof typeof SENDER_SETTINGS;

const SETTING_NAMES = Object.keys(SENDER_SETTINGS) as SenderSetting[];

export type ConfigArgs =
  | { command: 'config'; action: 'set'; key: SenderSetting; value: string; vault: string | null }
  | { command: 'config'; action: 'get' | 'unset'; key: SenderSetting; vault: string | null }
  | { command: 'config'; action: 'list'; vault: string | null };

export interface ConfigIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder the vault is looked for from. */
  cwd: string;
}

const EXAMPLE = 'interview-follow-up config set name "Alex Morgan"';
const ACTIONS = ['set', 'get', 'unset', 'list'] as const;

/** `name`, `Name`, `yourName`, `your_email` ... as a detail, or null. */
export function senderSettingOf(word: string): SenderSetting | null {
  const w = normalizeWord(word);
  for (const name of SETTING_NAMES) {
    if (normalizeWord(name) === w || normalizeWord(SENDER_SETTINGS[name]) === w) return name;
  }
  return null;
}

function settingWord(word: string | undefined, action: string): SenderSetting {
  if (word === undefined || word.trim() === '') throw new UsageError(`config ${action} needs one of ${SETTING_NAMES.join(', ')}, such as: ${EXAMPLE}`);
  const key = senderSettingOf(word);
  if (key !== null) return key;
  const near = closestWord(word, SETTING_NAMES);
  throw new UsageError(`'${word}' is not one of your details; ${near !== null ? `did you mean ${near}? Use` : 'use'} name, email, phone or signature`);
}

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** The value as saved: one line for name, email and phone; the signature may hold line breaks (typed as \n too). */
function settingValue(key: SenderSetting, given: string): string {
  const value = key === 'signature' ? given.replace(/\\n/g, '\n').replace(/\r\n?/g, '\n').trimEnd() : given.trim();
  if (value.trim() === '') throw new UsageError(`config set ${key} needs a value, such as: ${EXAMPLE} (to clear it: config unset ${key})`);
  if (key !== 'signature' && /[\r\n]/.test(value)) throw new UsageError(`your ${key} is one line; only the signature may hold line breaks`);
  if (CONTROL.test(value)) throw new UsageError(`your ${key} holds a control character (${visibleControls(value.match(CONTROL)?.[0] ?? '')}); type it as plain text`);
  if (key === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) throw new UsageError(`'${value}' is not an email address, such as alex.morgan@example.com`);
  return value;
}

/** `config set KEY VALUE`, `config get KEY`, `config unset KEY`, `config list`, each with `--vault DIR`. */
export function parseConfig(rest: readonly string[]): ConfigArgs {
  let vault: string | null = null;
  const words = scanArguments(rest, (flag, value, arg) => {
    if (flag === '--vault') {
      vault = vaultOption(vault, value());
    } else {
      const near = closestWord(flag, ['--vault']);
      throw new UsageError(`unknown option '${arg}' for config; ${near !== null ? `did you mean ${near}? (see config --help)` : 'see config --help'}`);
    }
  });
  const [action, key, value, ...extra] = words;
  if (action === undefined) throw new UsageError(`config needs set, get, unset or list, such as: ${EXAMPLE}`);
  switch (action) {
    case 'list':
      if (key !== undefined) throw new UsageError(`config list takes no ${key}; to see one detail: config get ${key}`);
      return { command: 'config', action, vault };
    case 'get':
    case 'unset':
      if (value !== undefined) throw new UsageError(`config ${action} takes one detail, such as: interview-follow-up config ${action} name`);
      return { command: 'config', action, key: settingWord(key, action), vault };
    case 'set': {
      const name = settingWord(key, action);
      if (value === undefined) throw new UsageError(`config set ${name} needs a value, such as: ${EXAMPLE}`);
      if (extra.length > 0) throw new UsageError(`config set ${name} takes one value; put quotes around a value with spaces, such as: ${EXAMPLE}`);
      return { command: 'config', action, key: name, value: settingValue(name, value), vault };
    }
    default: {
      const near = closestWord(action, ACTIONS);
      throw new UsageError(`config ${action}: ${near !== null ? `did you mean config ${near}? Use` : 'use'} config set, get, unset or list, such as: ${EXAMPLE}`);
    }
  }
}

/** The plugin's saved settings file in a vault. */
export function settingsFile(vault: string): string {
  return join(vault, '.obsidian', 'plugins', PLUGIN_ID, 'data.json');
}

class ConfigRefusal extends Error {}

/** The saved settings with one key set (or emptied), every other key kept as it was; null when nothing changes. */
function withSetting(text: string, display: string, key: string, value: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ConfigRefusal(`${display} is not valid JSON, so it was left as it was; fix it (or remove it) and try again`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ConfigRefusal(`${display} does not hold the plugin's settings (a JSON object), so it was left as it was`);
  const settings = data as Record<string, unknown>;
  if (settings[key] === value) return null;
  settings[key] = value;
  // As Obsidian's saveData writes it.
  return JSON.stringify(settings, null, 2);
}

/**
 * Writes a new settings file holding only `key`, all at once: the text goes
 * to a temporary file beside it and is linked into place, which fails when
 * the file appeared meanwhile. Returns false when it did.
 */
async function createSettings(file: string, display: string, key: string, value: string): Promise<boolean> {
  return withFileLock(file, display, () => {
    if (existsSync(file)) return false;
    const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    const release = removedOnExit(temporary);
    try {
      const fd = openSync(temporary, 'wx');
      try {
        writeSync(fd, JSON.stringify({ [key]: value }, null, 2));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      try {
        linkSync(temporary, file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return false;
        // A file system without hard links: the lock keeps other commands out.
        if (existsSync(file)) return false;
        renameSync(temporary, file);
      }
      return true;
    } finally {
      try {
        unlinkSync(temporary);
      } catch {
        // linked or renamed already
      }
      release();
    }
  });
}

async function saveSetting(file: string, display: string, key: string, value: string): Promise<boolean> {
  if (!existsSync(file) && (await createSettings(file, display, key, value))) return true;
  return (await updateFile(file, display, (text) => withSetting(text, display, key, value))).changed;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The vault: `--vault DIR`, else the nearest folder above the current one that holds `.obsidian`, else the current folder. */
async function configVault(option: string | null, cwd: string): Promise<string> {
  if (option !== null) {
    const vault = resolve(cwd, option);
    if (!isFolder(vault)) throw new ConfigRefusal(`the vault '${option}' does not exist or is not a folder`);
    return vault;
  }
  return (await obsidianVaultAbove(resolve(cwd))) ?? resolve(cwd);
}

function shown(value: string): string {
  return visibleControls(value).replace(/\n/g, `\n${' '.repeat(11)}`);
}

function savedText(data: Record<string, unknown> | null, key: SenderSetting): string | null {
  const value = data?.[SENDER_SETTINGS[key]];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Runs `config`; returns the exit status. */
export async function configCommand(args: ConfigArgs, io: ConfigIo): Promise<number> {
  const warn = (w: string) => io.stderr(`interview-follow-up: ${w}\n`);
  try {
    const vault = await configVault(args.vault, io.cwd);
    const file = settingsFile(vault);
    const display = relative(io.cwd, file).startsWith('..') ? file : relative(io.cwd, file).split(sep).join('/');
    if (args.action === 'list' || args.action === 'get') {
      const data = await readPluginData(vault, warn);
      if (args.action === 'get') {
        const value = savedText(data, args.key);
        if (value === null) warn(`your ${args.key} is not set${data === null ? ` (there is no ${display})` : ''}; set it with: interview-follow-up config set ${args.key} ...`);
        else io.stdout(`${visibleControls(value)}\n`);
        return 0;
      }
      io.stdout(SETTING_NAMES.map((k) => `${`${k}:`.padEnd(11)}${shown(savedText(data, k) ?? '(not set)')}\n`).join(''));
      return 0;
    }
    const hadObsidian = isFolder(join(vault, '.obsidian'));
    mkdirSync(join(vault, '.obsidian', 'plugins', PLUGIN_ID), { recursive: true });
    const value = args.action === 'set' ? args.value : '';
    const changed = await saveSetting(file, display, SENDER_SETTINGS[args.key], value);
    const what = args.action === 'set' ? `your ${args.key} is ${shown(value)}` : `your ${args.key} is cleared`;
    io.stdout(`${what}${changed ? '' : ' (as it was already)'}; saved in ${display}\n`);
    if (!hadObsidian) warn(`${vault} held no .obsidian folder, so one was made for these settings; give --vault DIR to use another vault`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigRefusal || error instanceof WriteRefusal) {
      warn(error.message);
      return 2;
    }
    if (error instanceof Error && 'code' in error) {
      warn(`the settings could not be saved (${String((error as NodeJS.ErrnoException).code)}: ${error.message})`);
      return 2;
    }
    throw error;
  }
}
