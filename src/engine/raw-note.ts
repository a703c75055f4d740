import matter from 'gray-matter';
import { findFrontmatterBlock, isYamlLanguage, mayDescribeInterview, mentionsInterview } from './frontmatter-block';
import { describeYamlError, parseYaml } from './yaml';

/**
 * Reading a note's raw text, as the command-line tool and the tests do
 * (inside Obsidian the metadata cache has already parsed it).
 *
 * gray-matter is used with options every time, so it keeps no cache, and with
 * engines of our own: YAML goes to js-yaml 4's core schema; every other
 * front-matter language (`---js`, `---json`, `---coffee`, ...) is refused
 * without being evaluated.
 */

export class RefusedFrontmatterLanguage extends Error {
  constructor(readonly language: string) {
    super(`front matter written in ${language} is never evaluated`);
  }
}

function refuse(language: string) {
  return {
    parse(): never {
      throw new RefusedFrontmatterLanguage(language);
    },
    stringify(): never {
      throw new RefusedFrontmatterLanguage(language);
    },
  };
}

const yamlEngine = {
  parse: (text: string): object => parseYaml(text) as object,
  stringify(): never {
    throw new Error('writing front matter through gray-matter is not supported');
  },
};

/** Options for every gray-matter call: never the defaults (which cache and evaluate JavaScript). */
export const SAFE_MATTER_OPTIONS = Object.freeze({
  language: 'yaml',
  excerpt: false,
  engines: {
    yaml: yamlEngine,
    yml: yamlEngine,
    javascript: refuse('JavaScript'),
    js: refuse('JavaScript'),
    json: refuse('JSON'),
    coffee: refuse('CoffeeScript'),
    coffeescript: refuse('CoffeeScript'),
    cson: refuse('CoffeeScript'),
    toml: refuse('TOML'),
  },
});

export type RawNote =
  /** No frontmatter at all. */
  | { kind: 'none' }
  /** Frontmatter that cannot describe an interview; not parsed. */
  | { kind: 'skipped' }
  | { kind: 'parsed'; frontmatter: Record<string, unknown> }
  /** Frontmatter that cannot be read; `reportable` when it concerns an interview. */
  | { kind: 'unreadable'; message: string; reportable: boolean };

/**
 * Reads a note's frontmatter from its raw text. `parseAll` parses blocks that
 * cannot describe an interview too (for notes in an interview folder, and for
 * person notes whose details drafts use).
 */
export function readRawNote(raw: string, parseAll = false): RawNote {
  const block = findFrontmatterBlock(raw);
  if (block === null) return { kind: 'none' };
  if (!parseAll && !mayDescribeInterview(block.text)) return { kind: 'skipped' };
  const reportable = parseAll || mentionsInterview(block.text);
  if (!isYamlLanguage(block.language)) {
    return {
      kind: 'unreadable',
      reportable,
      message: `the front matter is written as '${block.language}', not YAML, and is never run; rewrite it as YAML properties between --- lines`,
    };
  }
  let data: unknown;
  try {
    data = matter(raw, SAFE_MATTER_OPTIONS).data;
  } catch (error) {
    return { kind: 'unreadable', reportable, message: describeYamlError(error) };
  }
  if (data === null || data === undefined) return { kind: 'parsed', frontmatter: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      kind: 'unreadable',
      reportable,
      message: 'the frontmatter is not a set of properties (key: value lines), so this note is skipped; fix it in source mode',
    };
  }
  return { kind: 'parsed', frontmatter: data as Record<string, unknown> };
}
