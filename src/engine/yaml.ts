import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { explainYamlError } from './yaml-messages';

export { explainYamlError, type YamlProblem } from './yaml-messages';

/**
 * YAML as the contract reads it: js-yaml 4 with its core schema, so dates stay
 * text (`2026-11-20` is the 20th in every time zone) and a duplicated key is an
 * error. Throws js-yaml's `YAMLException` for text it rejects.
 */
export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA, json: false });
}

/** What is wrong with the YAML and on which line of the note (its line 1 is the opening `---`). */
export function yamlErrorReason(error: unknown): string {
  const e = error as { reason?: unknown; mark?: { line?: unknown } };
  const reason = typeof e.reason === 'string' ? e.reason : String((error as Error).message ?? error);
  const line = typeof e.mark?.line === 'number' ? ` on line ${e.mark.line + 2} of the note` : '';
  return `${reason}${line}`;
}

/**
 * One plain sentence for a YAML error. Given the block's text (between the
 * `---` lines), it tells the common causes apart and says how to fix each,
 * with the line of the note: see `explainYamlError`. Without it, the message
 * gives js-yaml's own reason.
 */
export function describeYamlError(error: unknown, blockText?: string): string {
  if (blockText !== undefined) return explainYamlError(error, blockText).message;
  return `the frontmatter is not valid YAML (${yamlErrorReason(error)}), so this note is skipped; fix it in source mode`;
}

/** js-yaml 4 as a codec, for the command line and the tests (the plugin uses Obsidian's). */
export const JS_YAML = {
  parse: parseYaml,
  stringify: (value: Record<string, unknown>): string => dump(value, { schema: CORE_SCHEMA, lineWidth: -1 }),
};
