import type { App } from 'obsidian';

/**
 * What this device remembers and no other should: the sidebar's grouping, the
 * day the start-up notice was last shown. Kept in Obsidian's per-vault local
 * storage, never in `data.json` (which syncs, so one device's choice would be
 * every device's).
 */
export const DEVICE_KEYS = {
  grouping: 'interview-follow-up-grouping',
  lastNoticeDay: 'interview-follow-up-last-notice-day',
} as const;

interface LocalStorageApp {
  loadLocalStorage?(key: string): unknown;
  saveLocalStorage?(key: string, data: unknown): void;
}

/** Where an Obsidian older than 1.8.7 (no `loadLocalStorage`) keeps it: the window's local storage, under the vault's name. */
function fallbackKey(app: App, key: string): string {
  return `${key}:${app.vault.getName()}`;
}

function windowStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' && 'localStorage' in window ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** The value this device saved under `key`, or null. */
export function loadDeviceValue(app: App, key: string): unknown {
  // Typed as optional: Obsidian before 1.8.7 has neither method.
  const storage: LocalStorageApp = app;
  if (typeof storage.loadLocalStorage === 'function') return storage.loadLocalStorage(key) ?? null;
  const text = windowStorage()?.getItem(fallbackKey(app, key)) ?? null;
  try {
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Saves `value` on this device under `key` (null clears it). */
export function saveDeviceValue(app: App, key: string, value: unknown): void {
  const storage: LocalStorageApp = app;
  if (typeof storage.saveLocalStorage === 'function') {
    storage.saveLocalStorage(key, value);
    return;
  }
  try {
    const local = windowStorage();
    if (value === null) local?.removeItem(fallbackKey(app, key));
    else local?.setItem(fallbackKey(app, key), JSON.stringify(value));
  } catch {
    // Storage full or refused: the choice lasts until Obsidian closes.
  }
}
