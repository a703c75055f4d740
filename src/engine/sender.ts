import type { Sender } from './drafts/kinds';

/** The sender of drafts and new notes, from the settings as saved (`yourName`, `signature`, `yourPhone`, `yourEmail`): blank is unknown. */
export function senderOfSettings(data: unknown): Sender {
  const d = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const text = (key: string): string | null => {
    const value = d[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  return { name: text('yourName'), signature: text('signature'), phone: text('yourPhone'), email: text('yourEmail') };
}
