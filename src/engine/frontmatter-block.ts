/**
 * Finding a note's frontmatter block in raw text without parsing it, so that
 * notes which cannot describe an interview cost one scan of their first lines.
 * The block is found the way the YAML reader finds it: the note opens with
 * `---` (optionally followed by a language such as `js`), and the block ends
 * at the next line that starts with `---`.
 */

export interface FrontmatterBlock {
  /** `''` for plain `---`; `js`, `json`, ... otherwise (lower case). */
  language: string;
  /** The text between the delimiters. */
  text: string;
}

const BOM = '\uFEFF';

export function findFrontmatterBlock(raw: string): FrontmatterBlock | null {
  const start = raw.startsWith(BOM) ? 1 : 0;
  if (!raw.startsWith('---', start) || raw.charAt(start + 3) === '-') return null;
  const lineEnd = raw.indexOf('\n', start + 3);
  if (lineEnd === -1) return null;
  const language = raw.slice(start + 3, lineEnd).trim().toLowerCase();
  let close = raw.indexOf('\n---', lineEnd);
  if (close === -1) close = raw.length;
  return { language, text: raw.slice(lineEnd + 1, close) };
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
