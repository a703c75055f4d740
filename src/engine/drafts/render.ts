/**
 * Template rendering. `{{name}}` is replaced by the value of `name`, once:
 * a value is inserted exactly as given and never read as template text, so
 * a company called `{{position}}` stays `{{position}}`. A missing, empty or
 * unknown variable becomes a visible fill-in in square brackets, never an
 * empty gap. `{{#optional}}...{{/optional}}` marks a part that may be left
 * out when a draft must be short (the LinkedIn note); elsewhere it is kept.
 */

/** A variable's value; null, undefined or blank text means it is missing. */
export type TemplateValues = ReadonlyMap<string, string | null | undefined> | Readonly<Record<string, string | null | undefined>>;

/** One stretch of rendered text. */
export interface RenderedPiece {
  text: string;
  /** `literal`: the template's own text; `value`: a variable's value; `fill-in`: `[...]` left for the sender. */
  source: 'literal' | 'value' | 'fill-in';
  /** The optional part it belongs to (numbered from 0 in template order), else null. */
  optional: number | null;
}

export interface RenderedTemplate {
  text: string;
  pieces: RenderedPiece[];
  /** Fill-ins the renderer produced for missing values, plus those written in the template. */
  fillIns: number;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** `Promised Date`, `promised-date` and `promised_date` name one variable. */
export function variableKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** `[the day they said you would hear by]` for a variable without a value. */
export function fillInFor(name: string, words?: string): string {
  const text = (words ?? variableKey(name).replace(/_+/g, ' ')).replace(/[[\]]/g, '').trim();
  return `[${text === '' ? 'something to fill in' : text}]`;
}

function lookup(values: TemplateValues, key: string): string | null {
  let value: unknown;
  if (values instanceof Map) value = values.get(key);
  else if (Object.prototype.hasOwnProperty.call(values, key)) value = (values as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isFillInContent(content: string): boolean {
  // `[ ]` and `[x]` are task boxes and `[^1]` a footnote, not fill-ins.
  return content.trim().length >= 2 && !content.startsWith('^') && !/[[\]\n]/.test(content);
}

/**
 * Splits template text into literal text and the `[...]` fill-ins written in
 * it. Markdown links (`[text](url)`), wikilinks, embeds and footnote or
 * reference labels are literal text.
 */
export function splitLiteral(text: string, optional: number | null): RenderedPiece[] {
  const pieces: RenderedPiece[] = [];
  let start = 0;
  let i = text.indexOf('[');
  while (i !== -1) {
    const close = text.indexOf(']', i + 1);
    if (close === -1) break;
    const before = i > 0 ? text[i - 1] : '';
    const after = text[close + 1] ?? '';
    const content = text.slice(i + 1, close);
    if (before !== '[' && before !== '!' && before !== ']' && !'([]:'.includes(after || '_') && isFillInContent(content)) {
      if (i > start) pieces.push({ text: text.slice(start, i), source: 'literal', optional });
      pieces.push({ text: text.slice(i, close + 1), source: 'fill-in', optional });
      start = close + 1;
      i = text.indexOf('[', start);
    } else {
      i = text.indexOf('[', i + 1);
    }
  }
  if (start < text.length) pieces.push({ text: text.slice(start), source: 'literal', optional });
  return pieces;
}

/**
 * Renders template text with the given values. `words` gives a variable's
 * fill-in wording (`[your name]`); a variable it does not know is shown by
 * its own name (`{{team_size}}` -> `[team size]`).
 */
export function renderTemplate(
  template: string,
  values: TemplateValues,
  words: (key: string) => string | undefined = () => undefined,
): RenderedTemplate {
  const pieces: RenderedPiece[] = [];
  let optional: number | null = null;
  let depth = 0;
  let sections = 0;
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const at = m.index ?? 0;
    if (at > last) pieces.push(...splitLiteral(template.slice(last, at), optional));
    last = at + m[0].length;
    const key = variableKey(m[1] ?? '');
    if (key === '#optional') {
      if (depth === 0) optional = sections++;
      depth += 1;
    } else if (key === '/optional') {
      if (depth > 0) depth -= 1;
      if (depth === 0) optional = null;
    } else {
      const value = lookup(values, key);
      pieces.push(
        value !== null
          ? { text: value, source: 'value', optional }
          : { text: fillInFor(key, words(key)), source: 'fill-in', optional },
      );
    }
  }
  if (last < template.length) pieces.push(...splitLiteral(template.slice(last), optional));
  return {
    text: pieces.map((p) => p.text).join(''),
    pieces,
    fillIns: pieces.filter((p) => p.source === 'fill-in').length,
  };
}

/** A template's subject line (`Subject: ...` as its first line) and its body. */
export interface TemplateParts {
  subject: string | null;
  body: string;
}

export function splitSubject(template: string): TemplateParts {
  const text = template.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const m = /^[ \t]*subject[ \t]*:[ \t]*(.*)(?:\n|$)/i.exec(text);
  if (!m) return { subject: null, body: text };
  return { subject: m[1] ?? '', body: text.slice(m[0].length) };
}

/** Blank lines at either end removed; the words themselves, values included, untouched. */
export function tidy(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, '');
}
