import { Notice, type App } from 'obsidian';
import type { Agenda } from '../engine/agenda';
import { formatDay } from '../engine/dates';
import { DEVICE_KEYS, loadDeviceValue, saveDeviceValue } from './device-state';

export function overdueCount(agenda: Agenda): number {
  let n = 0;
  for (const f of agenda.followUps) if (f.state === 'overdue') n += 1;
  return n;
}

function overdueText(n: number): string {
  return n === 1 ? '1 overdue follow-up' : `${n} overdue follow-ups`;
}

/**
 * Makes the status-bar item a button (a click, Enter or Space opens the
 * sidebar): `on` registers each listener with the plugin, so unloading lets
 * go of them.
 */
export function makeStatusBarButton(el: HTMLElement, on: <K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void) => void, open: () => void): void {
  el.addClass('ifu-status-bar', 'mod-clickable');
  el.setAttr('role', 'button');
  el.setAttr('tabindex', '0');
  on('click', open);
  on('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') open();
  });
}

/** The status-bar count of overdue follow-ups; hidden when there are none or it is turned off. */
export function renderStatusBar(el: HTMLElement, agenda: Agenda | null, enabled: boolean): void {
  const n = agenda === null ? 0 : overdueCount(agenda);
  el.toggleClass('ifu-hidden', !enabled || n === 0);
  el.setText(enabled && n > 0 ? overdueText(n) : '');
  el.setAttr('aria-label', 'Open the follow-up sidebar');
}

/**
 * Once a day, when something is overdue: a notice at start-up. Returns the
 * day it was shown (to be saved), or null when it was not.
 */
export function startupNotice(agenda: Agenda, enabled: boolean, lastShown: string): string | null {
  const today = formatDay(agenda.today);
  const n = overdueCount(agenda);
  if (!enabled || n === 0 || lastShown === today) return null;
  new Notice(`Interview Follow-up: ${overdueText(n)}. Open the follow-up sidebar to see them.`, 10_000);
  return today;
}

/**
 * The start-up notice, once a day on each device: the day it was last shown
 * is remembered on this device (so one device's notice does not silence
 * another's), read from `data.json` only where this device has none yet (as
 * saved before). Returns the day it was shown, or null.
 */
export function startupNoticeOnDevice(app: App, agenda: Agenda, enabled: boolean, savedData: unknown): string | null {
  const remembered = loadDeviceValue(app, DEVICE_KEYS.lastNoticeDay);
  const legacy = typeof savedData === 'object' && savedData !== null ? (savedData as { lastNoticeDay?: unknown }).lastNoticeDay : undefined;
  const last = typeof remembered === 'string' ? remembered : typeof legacy === 'string' ? legacy : '';
  const shown = startupNotice(agenda, enabled, last);
  if (shown !== null) saveDeviceValue(app, DEVICE_KEYS.lastNoticeDay, shown);
  return shown;
}
