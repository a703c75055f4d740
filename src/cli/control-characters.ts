/**
 * Text from notes on a terminal: a company named `Acme\e]52;c;...\a` must
 * not write to the clipboard, clear the screen or retitle the window. Every
 * control character (C0 but tab and newline, DEL, C1) is shown as a visible
 * escape such as `\x1b` or `\u009b`, so an escape sequence is printed as
 * plain characters and does nothing. A carriage return is kept only as part
 * of a CRLF line ending. `--json` keeps values exact (see jsonText).
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /\r(?!\n)|[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]/g;

function escapeOf(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A message on one line: every run of blanks and line breaks becomes one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text with every control character shown as a visible escape. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, escapeOf);
}

/**
 * A value as JSON text that holds no raw control character: JSON.stringify
 * already escapes C0; DEL and C1, which it leaves raw, are written as
 * `\u007f`...`\u009f`, which parse back to the very same characters.
 */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
