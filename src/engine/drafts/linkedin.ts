import type { RenderedPiece } from './render';

/** The most characters LinkedIn takes in a connection request's note. */
export const LINKEDIN_LIMIT = 300;

export interface FittedText {
  text: string;
  /** Fill-ins left in the text. */
  fillIns: number;
  /** Whether anything was left out to fit. */
  shortened: boolean;
}

/** Shown when not even the first word fits. */
const NOTHING_FITS = '[a short personal note]';

function join(pieces: readonly RenderedPiece[]): string {
  return pieces.map((p) => p.text).join('');
}

/** Fill-ins that begin before `end` in the joined text of the pieces. */
function fillInsBefore(pieces: readonly RenderedPiece[], end: number): number {
  let at = 0;
  let count = 0;
  for (const p of pieces) {
    if (at >= end) break;
    if (p.source === 'fill-in') count += 1;
    at += p.text.length;
  }
  return count;
}

/**
 * The longest run of whole words at the start of `text` that fits in
 * `limit` characters with an ellipsis after it, or null when the first word
 * does not fit. A word ends where whitespace follows it, so a word is never
 * cut; a comma, colon or semicolon left dangling before the ellipsis goes.
 */
export function wholeWordsWithin(text: string, limit: number): string | null {
  const room = limit - 1;
  let end = -1;
  for (let i = 1; i <= Math.min(room, text.length - 1); i += 1) {
    if (/\s/.test(text[i] ?? '') && !/\s/.test(text[i - 1] ?? '')) end = i;
  }
  if (end === -1) return null;
  const kept = text.slice(0, end).replace(/[,;:]+$/, '');
  return kept === '' ? null : `${kept}…`;
}

/**
 * Fits a rendered text in `limit` characters (UTF-16 code units, as a
 * browser's text box counts them), by rule:
 * 1. an optional part that holds a fill-in is left out (a note must be ready to send);
 * 2. while the text is too long, optional parts are left out, the last first;
 * 3. if it is still too long, it ends after the last whole word that fits, with `…`.
 */
export function fitToLimit(pieces: readonly RenderedPiece[], limit: number = LINKEDIN_LIMIT): FittedText {
  const withFillIn = new Set(pieces.filter((p) => p.source === 'fill-in' && p.optional !== null).map((p) => p.optional));
  let kept = pieces.filter((p) => p.optional === null || !withFillIn.has(p.optional));
  let shortened = kept.length !== pieces.length;
  const optionals = [...new Set(kept.map((p) => p.optional).filter((o): o is number => o !== null))];
  while (join(kept).trim().length > limit && optionals.length > 0) {
    const drop = optionals.pop();
    kept = kept.filter((p) => p.optional !== drop);
    shortened = true;
  }
  const full = join(kept);
  const lead = full.length - full.trimStart().length;
  const text = full.trim();
  if (text.length <= limit) return { text, fillIns: fillInsBefore(kept, lead + text.length), shortened };
  const cut = wholeWordsWithin(text, limit);
  if (cut === null) return { text: NOTHING_FITS, fillIns: 1, shortened: true };
  return { text: cut, fillIns: fillInsBefore(kept, lead + cut.length - 1), shortened: true };
}
