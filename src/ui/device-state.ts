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

/** The value this device saved under `key`, or null (also where Obsidian is older than 1.8.7 and has no such storage). */
export function loadDeviceValue(app: App, key: string): unknown {
  const storage = app as unknown as LocalStorageApp;
  return typeof storage.loadLocalStorage === 'function' ? (storage.loadLocalStorage(key) ?? null) : null;
}

/** Saves `value` on this device under `key` (null clears it). */
export function saveDeviceValue(app: App, key: string, value: unknown): void {
  const storage = app as unknown as LocalStorageApp;
  if (typeof storage.saveLocalStorage === 'function') storage.saveLocalStorage(key, value);
}
