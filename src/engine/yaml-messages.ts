import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * Frontmatter that YAML rejects, explained in plain words (contract section
 * 5): the common causes told apart, each with the line of the note and what
 * to write instead. A fix offered as "the line as it should read" is checked
 * first: the block is parsed again with that line changed, and the fix is
 * offered only when the error goes away or moves further down. This runs
 * only for notes whose frontmatter failed to parse, and parses again at most
 * a few times.
 */

/** What is wrong with a frontmatter block that YAML rejects, in plain words, and where. */
export interface YamlProblem {
  /** One sentence a person can act on, naming the line of the note. */
  message: string;
  /** The line of the note (1-based; line 1 is the opening `---`), or null when not known. */
  line: number | null;
}

/** The first line of the block is line 2 of the note. */
const FIRST_LINE = 2;
/** A line longer than this is not quoted back in a message, nor tried with a fix. */
const LONG_LINE = 160;
const START = 'the frontmatter is not valid YAML because';

/** Characters that cannot start a plain (unquoted) YAML value. */
const SPECIAL_START = new Set(['"', "'", '[', '{', '@', '`', '*', '&', '!', '|', '>', '%', '#']);

interface YamlError {
  reason: string;
  /** 0-based line of the block, clamped to its lines. */
  line: number;
}

/** One line of the block, cut into its parts. */
interface Entry {
  /** Leading spaces (and tabs). */
  indent: string;
  /** `- ` markers of list items, when the line is one. */
  dash: string;
  /** The property name as written (quotes kept), or null for a line without one. */
  key: string | null;
  /** The value after `key: `, or the whole text of a line without a key; trimmed. */
  value: string;
}

/**
 * Explains why js-yaml rejected `blockText` (the text between the `---`
 * lines): a value that must be quoted (it contains `: ` or starts with a
 * quote, `[`, `{`, `@`, `` ` ``, `*`, `&`, `!`, `|`, `>`, `%` or `#`), with
 * the line as it should read; a tab used for indentation; a list item beside
 * a value; a duplicated key, named; an unclosed quote or bracket; a line that
 * is not a property. Anything else is js-yaml's reason in plainer words.
 */
export function explainYamlError(error: unknown, blockText: string): YamlProblem {
  const lines = blockText.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const e = errorOf(error, lines.length);
  const found =
    tabIndent(e, lines) ??
    duplicateKey(e, lines) ??
    unclosedQuote(e, lines) ??
    unclosedBracket(e, lines) ??
    tooDeep(e, lines) ??
    listBesideValue(e, lines) ??
    mustBeQuoted(e, lines) ??
    notAProperty(e, lines);
  if (found !== null) return found;
  const line = e.line + FIRST_LINE;
  const plain = plainReason(e.reason);
  const original = plain === e.reason ? '' : ` (${e.reason})`;
  return { message: `${START}, on line ${line} of the note, ${plain}${original}; fix it in source mode`, line };
}

function errorOf(error: unknown, lineCount: number): YamlError {
  const e = error as { reason?: unknown; message?: unknown; mark?: { line?: unknown } };
  const reason = typeof e.reason === 'string' ? e.reason : String(e.message ?? error);
  const raw = typeof e.mark?.line === 'number' ? e.mark.line : 0;
  return { reason, line: Math.max(0, Math.min(raw, lineCount - 1)) };
}

function tabIndent(e: YamlError, lines: string[]): YamlProblem | null {
  if (!e.reason.includes('tab characters')) return null;
  const tabbed = (i: number): boolean => /^[ ]*\t/.test(lines[i] ?? '');
  let i = e.line;
  if (!tabbed(i)) i = lines.findIndex((_, j) => tabbed(j));
  if (i < 0) i = e.line;
  const line = i + FIRST_LINE;
  return { message: `${START} a tab indents the text on line ${line} of the note, and YAML allows only spaces there; indent it with spaces`, line };
}

function duplicateKey(e: YamlError, lines: string[]): YamlProblem | null {
  if (!e.reason.includes('duplicated mapping key')) return null;
  const entries = lines.map(entryOf);
  for (let j = e.line; j >= 0; j--) {
    const later = entries[j];
    if (later?.key == null) continue;
    const at = later.indent.length + later.dash.length;
    for (let k = j - 1; k >= 0; k--) {
      const earlier = entries[k];
      if (earlier === undefined || isBlank(lines[k] ?? '')) continue;
      const depth = earlier.indent.length + earlier.dash.length;
      if (depth < at || (depth === at && earlier.dash !== '' && k !== j)) break;
      if (depth === at && earlier.key !== null && unquote(earlier.key) === unquote(later.key)) {
        const line = j + FIRST_LINE;
        return {
          message: `${START} '${unquote(later.key)}' is written twice, on line ${k + FIRST_LINE} and again on line ${line} of the note; keep one of them`,
          line,
        };
      }
    }
  }
  return null;
}

function unclosedQuote(e: YamlError, lines: string[]): YamlProblem | null {
  const m = /within a (double|single) quoted scalar/.exec(e.reason);
  if (m === null) return null;
  const q = m[1] === 'double' ? '"' : "'";
  for (let i = 0; i <= e.line; i++) {
    const entry = entryOf(lines[i] ?? '');
    if (!entry.value.startsWith(q) || closesQuote(entry.value, q)) continue;
    const line = i + FIRST_LINE;
    const fixed = `${(lines[i] ?? '').trimEnd()}${q}`;
    const fix = fixes(lines, i, fixed, e) ? `: ${shown(fixed)}` : ` ${q}`;
    return { message: `${START} the quote (${q}) that opens ${whose(entry)} on line ${line} of the note is never closed; end the value with it${fix}`, line };
  }
  return null;
}

function unclosedBracket(e: YamlError, lines: string[]): YamlProblem | null {
  if (!/flow collection|flow mapping|flow sequence/.test(e.reason)) return null;
  for (let i = 0; i <= e.line; i++) {
    const entry = entryOf(lines[i] ?? '');
    const open = entry.value.charAt(0);
    if (open !== '[' && open !== '{') continue;
    const missing = missingClosers(entry.value);
    if (missing === '') continue;
    const line = i + FIRST_LINE;
    const fixed = `${(lines[i] ?? '').trimEnd()}${missing}`;
    const fix = fixes(lines, i, fixed, e) ? `close it: ${shown(fixed)}` : `close it with ${missing.charAt(missing.length - 1)}, or put the value in quotes`;
    return { message: `${START} the ${open} that opens ${whose(entry)} on line ${line} of the note is never closed; ${fix}`, line };
  }
  return null;
}

function tooDeep(e: YamlError, lines: string[]): YamlProblem | null {
  if (!e.reason.includes('maxDepth')) return null;
  const line = e.line + FIRST_LINE;
  const entry = entryOf(lines[e.line] ?? '');
  return { message: `${START} ${whose(entry)} on line ${line} of the note is nested too deeply (${e.reason}); simplify it or put it in quotes`, line };
}

function listBesideValue(e: YamlError, lines: string[]): YamlProblem | null {
  const i = nextFilled(lines, e.line);
  const item = entryOf(lines[i] ?? '');
  if (item.dash === '') return null;
  let k = i - 1;
  while (k >= 0 && isBlank(lines[k] ?? '')) k--;
  if (k < 0) return null;
  const owner = entryOf(lines[k] ?? '');
  if (owner.key === null || owner.value === '') return null;
  // An item indented further than the property would belong to it; one further left cannot.
  if (owner.indent.length + owner.dash.length > item.indent.length) return null;
  const line = i + FIRST_LINE;
  const key = unquote(owner.key);
  const asItem = `- ${owner.value}`;
  return {
    message: `${START} '${key}' has both a value (on line ${k + FIRST_LINE}) and a list item on line ${line} of the note; leave ${key}: empty on its line and put its value in the list as ${shown(asItem)}`,
    line,
  };
}

function mustBeQuoted(e: YamlError, lines: string[]): YamlProblem | null {
  for (let i = e.line; i >= Math.max(0, e.line - 2); i--) {
    const text = lines[i] ?? '';
    if (text.length > LONG_LINE * 4) continue;
    const entry = entryOf(text);
    const candidates: { value: string; keyed: boolean }[] = [];
    if (entry.dash !== '' && entry.key !== null) candidates.push({ value: `${entry.key}: ${entry.value}`, keyed: false });
    candidates.push({ value: entry.value, keyed: entry.key !== null });
    for (const c of candidates) {
      const why = needsQuotes(c.value);
      if (why === null) continue;
      const fixed = `${entry.indent}${entry.dash}${c.keyed ? `${entry.key}: ` : ''}${quoted(c.value)}`;
      if (!fixes(lines, i, fixed, e)) continue;
      const line = i + FIRST_LINE;
      const what = c.keyed ? `the value of '${unquote(entry.key ?? '')}'` : entry.dash !== '' ? 'the list item' : 'the value';
      const asItShouldRead = fixed.trim().length > LONG_LINE ? 'put it in quotes' : `put it in quotes: ${fixed.trim()}`;
      return { message: `${START} ${what} on line ${line} of the note ${why}; ${asItShouldRead}`, line };
    }
  }
  return null;
}

function notAProperty(e: YamlError, lines: string[]): YamlProblem | null {
  if (!/can not read a block mapping entry|implicit key|could not find expected ':'/.test(e.reason)) return null;
  for (let i = e.line; i >= Math.max(0, e.line - 1); i--) {
    const text = lines[i] ?? '';
    const entry = entryOf(text);
    if (isBlank(text) || entry.key !== null || entry.dash !== '') continue;
    const line = i + FIRST_LINE;
    return { message: `${START} the text on line ${line} of the note ('${shown(text.trim())}') is not a property; write it as name: value, or move it below the closing ---`, line };
  }
  return null;
}

/** Why a value must be quoted, or null when quoting is not what it needs. */
function needsQuotes(value: string): string | null {
  const first = value.charAt(0);
  if (first === '"' || first === "'") return 'starts with a quote but goes on after the closing quote';
  if (first === '[') return "starts with '[' but is not a whole list";
  if (first === '{') return "starts with '{' but is not a whole map";
  if (SPECIAL_START.has(first)) return `starts with '${first}', which has a special meaning in YAML`;
  if (value.includes(': ')) return "contains ': ', which YAML reads as the start of another property";
  return null;
}

/** Whether the block parses, or fails further down, with line `i` replaced. */
function fixes(lines: string[], i: number, replacement: string, before: YamlError): boolean {
  if (replacement.length > LONG_LINE * 4) return false;
  const changed = lines.slice();
  changed[i] = replacement;
  try {
    load(changed.join('\n'), { schema: CORE_SCHEMA, json: false });
    return true;
  } catch (error) {
    return errorOf(error, changed.length).line > before.line;
  }
}

const ENTRY = /^([ \t]*)((?:-[ \t]+)*)(.*?)\s*$/;

function entryOf(line: string): Entry {
  const [, indent = '', dash = '', rest = ''] = ENTRY.exec(line) ?? [];
  const key = keyOf(rest);
  if (key === null) return { indent, dash, key: null, value: rest === '-' ? '' : rest };
  return { indent, dash, key, value: rest.slice(key.length).replace(/^\s*:/, '').trim() };
}

/** The property name that starts `rest` (`name: ...` or `name:`), quotes kept, or null. */
function keyOf(rest: string): string | null {
  const first = rest.charAt(0);
  if (first === '"' || first === "'") {
    const end = closingQuote(rest, first);
    if (end < 0) return null;
    return /^\s*:(\s|$)/.test(rest.slice(end + 1)) ? rest.slice(0, end + 1) : null;
  }
  if (first === '' || SPECIAL_START.has(first)) return null;
  const m = /:(\s|$)/.exec(rest);
  if (m === null) return null;
  const key = rest.slice(0, m.index).trimEnd();
  return key === '' ? null : key;
}

/** Index of the quote that closes the quoted text opening `text`, or -1. */
function closingQuote(text: string, q: string): number {
  for (let i = 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (q === '"' && c === '\\') i++;
    else if (c === q) {
      if (q === "'" && text.charAt(i + 1) === "'") i++;
      else return i;
    }
  }
  return -1;
}

function closesQuote(value: string, q: string): boolean {
  return closingQuote(value, q) >= 0;
}

/** The brackets a flow value leaves open, as the text that would close them (`]`, `}]`), or ''. */
function missingClosers(value: string): string {
  const open: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === '"' || c === "'") {
      const end = closingQuote(value.slice(i), c);
      if (end < 0) return '';
      i += end;
    } else if (c === '[' || c === '{') open.push(c === '[' ? ']' : '}');
    else if (c === ']' || c === '}') open.pop();
  }
  return open.reverse().join('');
}

function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function unquote(key: string): string {
  const first = key.charAt(0);
  if ((first === '"' || first === "'") && key.endsWith(first) && key.length >= 2) return key.slice(1, -1);
  return key;
}

/** How a message names a line's value: `the value of 'company'`, `the list item`. */
function whose(entry: Entry): string {
  if (entry.key !== null) return `the value of '${unquote(entry.key)}'`;
  return entry.dash !== '' ? 'the list item' : 'the value';
}

/** A line as a message shows it, shortened when long. */
function shown(text: string): string {
  return text.length > LONG_LINE ? `${text.slice(0, LONG_LINE - 1)}…` : text;
}

function isBlank(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

function nextFilled(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length - 1 && isBlank(lines[i] ?? '')) i++;
  return i;
}

/** js-yaml's reasons, in plainer words. */
function plainReason(reason: string): string {
  if (reason.startsWith('bad indentation of a mapping entry')) return 'the indentation does not match the property above it';
  if (reason.startsWith('bad indentation of a sequence entry')) return 'the list item is indented differently from the items above it';
  if (reason.startsWith('end of the stream or a document separator is expected')) return 'the text does not fit with the lines above it';
  if (reason.startsWith('incomplete explicit mapping pair')) return "the line starts with ':' or '?' where a property name belongs";
  if (reason.includes('quoted scalar')) return 'a quote is never closed';
  if (reason.includes('flow collection')) return 'a list or map in brackets is never closed';
  if (reason.startsWith('unknown tag')) return "a value starts with '!', which YAML reads as a type";
  if (reason.startsWith('unidentified alias')) return "a value starts with '*', which YAML reads as a reference to another value";
  return reason;
}
