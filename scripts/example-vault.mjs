// Keeps the example vault current: its notes are written around a reference
// day (example-vault/.obsidian/example-reference-day), and re-dating moves
// every date in their frontmatter by whole weeks so that the reference day is
// the most recent one not after today. Whole weeks keep every weekday, so the
// business-day rules give the same picture on any day: some follow-ups
// overdue, some due, some waiting.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MS_PER_DAY = 86_400_000;
const toDay = (text) => Math.round(Date.parse(`${text}T00:00:00Z`) / MS_PER_DAY);
const toText = (day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

function notesOf(dir, prefix = '') {
  const out = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) out.push(...notesOf(dir, rel));
    else if (e.name.endsWith('.md')) out.push(rel);
  }
  return out;
}

/** Shifts a frontmatter block's dates by `delta` days; the body is left as it is. */
export function shiftFrontmatterDates(text, delta) {
  const m = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m || delta === 0) return text;
  const block = m[0].replace(/(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/g, (date) => toText(toDay(date) + delta));
  return block + text.slice(m[0].length);
}

/** Re-dates the vault for `today` (`YYYY-MM-DD`); returns the new reference day. */
export function redateVault(dir, today) {
  const refFile = join(dir, '.obsidian', 'example-reference-day');
  const ref = toDay(readFileSync(refFile, 'utf8').trim());
  const delta = Math.floor((toDay(today) - ref) / 7) * 7;
  if (delta !== 0) {
    for (const note of notesOf(dir)) {
      const path = join(dir, note);
      const text = readFileSync(path, 'utf8');
      const shifted = shiftFrontmatterDates(text, delta);
      if (shifted !== text) writeFileSync(path, shifted);
    }
    writeFileSync(refFile, `${toText(ref + delta)}\n`);
  }
  return toText(ref + delta);
}
