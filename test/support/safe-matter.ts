import matter from 'gray-matter';
import { parseYaml } from '../../src/engine/yaml';

/**
 * gray-matter made safe, as an independent reader to check the project's own
 * against: YAML through js-yaml 4's core schema, every other front-matter
 * language refused without being evaluated, and options on every call so
 * nothing is cached.
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

/** The frontmatter as safe gray-matter reads it ({} when there is none). */
export function safeMatterData(text: string): unknown {
  return matter(text, SAFE_MATTER_OPTIONS).data;
}

export function grayMatterCache(): Record<string, unknown> {
  return (matter as unknown as { cache: Record<string, unknown> }).cache;
}
