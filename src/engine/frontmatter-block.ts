/**
 * Finding a note's frontmatter block in raw text without parsing it, so that
 * notes which cannot describe an interview cost one scan of their first lines.
 * The fence is Obsidian's: the note's first line (after an optional
 * byte-order mark) is `---`, and the next line that is `---` closes the
 * block; trailing spaces or tabs are allowed on both. A block that never
 * closes (a `...` line does not close it) is no frontmatter. The first line
 * may also name another language (`---js`): Obsidian reads no properties
 * from it, and it is only ever reported, never run.
 */

export interface FrontmatterBlock {
  /** `''` for plain `---`; `js`, `json`, ... otherwise (lower case). */
  language: string;
  /** The text between the delimiters (without the line break before the closing line). */
  text: string;
  /** Whether a closing `---` line was found (within the limit). */
  closed: boolean;
  /** Where `text` starts in the note. */
  start: number;
  /** Where the closing line starts (the note's length when not closed). */
  close: number;
  /** Where the body starts: after the closing line and its line break. */
  end: number;
}

const BOM = '\uFEFF';

function isBlank(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * The frontmatter fence of a note, or null when the note does not open with
 * one. `limit` bounds the search for the closing line: a block longer than
 * that is returned as not closed, its text cut at the limit.
 */
export function findFrontmatterBlock(raw: string, limit = Infinity): FrontmatterBlock | null {
  const open = raw.startsWith(BOM) ? 1 : 0;
  if (!raw.startsWith('---', open)) return null;
  const lineEnd = raw.indexOf('\n', open + 3);
  if (lineEnd === -1) return null;
  const after = raw.slice(open + 3, lineEnd);
  // `----` or `--- text` is a thematic break or text, not a fence; `---js` names a language.
  if (after.trim() !== '' && !/^[a-z][\w-]*\s*$/i.test(after)) return null;
  const rest = after.trim().toLowerCase();
  const start = lineEnd + 1;
  const stop = Math.min(raw.length, start + limit);
  let at = raw.indexOf('---', start);
  while (at !== -1 && at < stop) {
    if (at === start || raw.charCodeAt(at - 1) === 10) {
      let eol = raw.indexOf('\n', at + 3);
      if (eol === -1) eol = raw.length;
      if (isBlank(raw, at + 3, eol)) {
        const textEnd = at === start ? start : at - 1;
        return { language: rest, text: raw.slice(start, textEnd), closed: true, start, close: at, end: Math.min(raw.length, eol + 1) };
      }
    }
    at = raw.indexOf('---', at + 3);
  }
  return { language: rest, text: raw.slice(start, stop), closed: false, start, close: raw.length, end: raw.length };
}

/** `interview`, or the same letters split by spaces, `-` or `_` (`type: Inter-view`). */
const SPLIT_INTERVIEW = /i[\s_-]*n[\s_-]*t[\s_-]*e[\s_-]*r[\s_-]*v[\s_-]*i[\s_-]*e[\s_-]*w/i;

/**
 * Whether frontmatter text could make a note an interview note (by `type`
 * or `tags`): every such note contains the word, possibly split as `type`
 * words may be, or a YAML escape that could spell it.
 */
export function mayDescribeInterview(text: string): boolean {
  return text.toLowerCase().includes('interview') || text.includes('\\') || SPLIT_INTERVIEW.test(text);
}

/** Whether an unreadable block should be reported: it mentions interviews (contract section 5). */
export function mentionsInterview(text: string): boolean {
  return text.toLowerCase().includes('interview');
}

export function isYamlLanguage(language: string): boolean {
  return language === '' || language === 'yaml' || language === 'yml';
}
