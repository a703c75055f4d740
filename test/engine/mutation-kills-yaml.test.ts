import { describe, expect, it } from 'vitest';
import { JS_YAML, describeYamlError, explainYamlError, parseYaml } from '../../src/engine/yaml';

/** The problem for a frontmatter block, as a note holding it between `---` lines would report it. */
function problemOf(block: string): { message: string; line: number | null } {
  try {
    parseYaml(block);
  } catch (error) {
    return explainYamlError(error, block);
  }
  throw new Error(`this block parses: ${block}`);
}

const START = 'the frontmatter is not valid YAML because';
const x = (n: number): string => 'x'.repeat(n);

describe('js-yaml reasons no common cause explains, in plainer words', () => {
  it.each<[string, string, string]>([
    ['an unknown tag on a line too long to quote', `a: !foo ${x(700)}\n`, "a value starts with '!', which YAML reads as a type (unknown tag !<!foo>)"],
    ['an alias on a line too long to quote', `a: *${x(700)}\n`, `a value starts with '*', which YAML reads as a reference to another value (unidentified alias "${x(700)}")`],
    [
      'a line starting with a colon, too long to quote',
      `: ${x(700)}\n`,
      "the line starts with ':' or '?' where a property name belongs (incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line)",
    ],
    ['a mapping indented below another', '  a: b\nc: d\n', 'the text does not fit with the lines above it (end of the stream or a document separator is expected)'],
  ])('%s', (_, block, said) => {
    const line = block.startsWith('  ') ? 3 : 2;
    expect(problemOf(block)).toEqual({ message: `${START}, on line ${line} of the note, ${said}; fix it in source mode`, line });
  });

  it('says a list or map in brackets is never closed when no line opens one', () => {
    expect(explainYamlError({ reason: 'unexpected end of the stream within a flow collection', mark: { line: 0 } }, 'a: b\n')).toEqual({
      message: `${START}, on line 2 of the note, a list or map in brackets is never closed (unexpected end of the stream within a flow collection); fix it in source mode`,
      line: 2,
    });
  });

  it('says a quote is never closed when no line opens one', () => {
    expect(explainYamlError({ reason: 'unexpected end of the stream within a double quoted scalar', mark: { line: 1 } }, 'a: b\nc: d\n')).toEqual({
      message: `${START}, on line 3 of the note, a quote is never closed (unexpected end of the stream within a double quoted scalar); fix it in source mode`,
      line: 3,
    });
  });

  it('says a list item is indented differently from the items above it', () => {
    expect(explainYamlError({ reason: 'bad indentation of a sequence entry (3:2)', mark: { line: 1 } }, 'a:\n  b\n')).toEqual({
      message: `${START}, on line 3 of the note, the list item is indented differently from the items above it (bad indentation of a sequence entry (3:2)); fix it in source mode`,
      line: 3,
    });
  });

  it('gives any other error as it is, without repeating it in brackets', () => {
    expect(explainYamlError(new Error('the file could not be read'), 'a: b\n')).toEqual({
      message: `${START}, on line 2 of the note, the file could not be read; fix it in source mode`,
      line: 2,
    });
    expect(explainYamlError('no frontmatter', 'a: b\n').message).toBe(`${START}, on line 2 of the note, no frontmatter; fix it in source mode`);
  });

  it('keeps a line past the end of the block on its last line', () => {
    expect(explainYamlError({ reason: 'something odd', mark: { line: 9 } }, 'a: b\nc: d').line).toBe(3);
    expect(explainYamlError({ reason: 'something odd', mark: { line: 'two' } }, 'a: b\nc: d').line).toBe(2);
    expect(explainYamlError({ reason: 'something odd', mark: null }, 'a: b\nc: d').line).toBe(2);
  });
});

describe('a tab used for indentation', () => {
  const TAB = 'tab characters must not be used in indentation';

  it('names the line a tab indents, not one with a tab inside its text', () => {
    const block = 'a:\n  b: x\tc\n   \t- d\n';
    expect(explainYamlError({ reason: TAB, mark: { line: 1 } }, block)).toEqual({
      message: `${START} a tab indents the text on line 4 of the note, and YAML allows only spaces there; indent it with spaces`,
      line: 4,
    });
  });

  it('names the line YAML points at when it is the one a tab indents', () => {
    expect(explainYamlError({ reason: TAB, mark: { line: 2 } }, '\ta: b\nc: d\n\td: e\n').line).toBe(4);
  });

  it('names the line YAML points at when no line starts with a tab', () => {
    expect(explainYamlError({ reason: TAB, mark: { line: 1 } }, 'a: b\nc: d\te\n').line).toBe(3);
  });
});

describe('unclosed quotes and brackets', () => {
  it.each<[string, string, number, string]>([
    ['Windows line ends', 'company: "Acme\r\nstatus: waiting\r\n', 2, `the quote (") that opens the value of 'company' on line 2 of the note is never closed; end the value with it: company: "Acme"`],
    ['a value ending in a backslash', 'a: "C:\\\\\n', 2, `the quote (") that opens the value of 'a' on line 2 of the note is never closed; end the value with it: a: "C:\\\\"`],
    ['a value ending in one backslash, which escapes the quote added', 'a: "C:\\\n', 2, `the quote (") that opens the value of 'a' on line 2 of the note is never closed; end the value with it "`],
    ['a list left open above another', 'a: [b\nc: [d\n', 2, "the [ that opens the value of 'a' on line 2 of the note is never closed; close it: a: [b]"],
    ['a doubled single quote inside', "a: 'it''s\n", 2, "the quote (') that opens the value of 'a' on line 2 of the note is never closed; end the value with it: a: 'it''s'"],
    ['escaped double quotes inside', 'a: "say \\"hi\\"\n', 2, `the quote (") that opens the value of 'a' on line 2 of the note is never closed; end the value with it: a: "say \\"hi\\""`],
    ['a quote closed within a later quoted line', 'company: "Acme"\nstatus: "waiting\n', 3, `the quote (") that opens the value of 'status' on line 3 of the note is never closed; end the value with it: status: "waiting"`],
    ['a bracket inside a quoted item', 'a: ["x]", "y"\n', 2, `the [ that opens the value of 'a' on line 2 of the note is never closed; close it: a: ["x]", "y"]`],
    ['a bracket inside a single-quoted item', "a: ['x]'\n", 2, "the [ that opens the value of 'a' on line 2 of the note is never closed; close it: a: ['x]']"],
    ['a map inside a list', 'a: [b, {c: d\n', 2, "the [ that opens the value of 'a' on line 2 of the note is never closed; close it: a: [b, {c: d}]"],
    ['a closed list before an open one', 'a: [b]\nc: [d, [e], f\n', 3, "the [ that opens the value of 'c' on line 3 of the note is never closed; close it: c: [d, [e], f]"],
    ['a list item', '- [a, b\n', 2, 'the [ that opens the list item on line 2 of the note is never closed; close it: - [a, b]'],
    ['a value without a name', '[a, b\n', 2, 'the [ that opens the value on line 2 of the note is never closed; close it: [a, b]'],
    ['a quoted name', '"a": [b\n', 2, `the [ that opens the value of 'a' on line 2 of the note is never closed; close it: "a": [b]`],
    ['a list going on to the next line', 'a: [b,\n  c\n', 2, "the [ that opens the value of 'a' on line 2 of the note is never closed; close it with ], or put the value in quotes"],
    ['a list whose quoted item is not closed', 'a: [b, "c\n', 2, `the value of 'a' on line 2 of the note starts with '[' but is not a whole list; put it in quotes: a: "[b, \\"c"`],
  ])('%s', (_, block, line, message) => {
    expect(problemOf(block)).toEqual({ message: `${START} ${message}`, line });
  });

  it('shortens a long line it quotes back, ending it with an ellipsis', () => {
    const { message } = problemOf(`a: [${x(200)}\n`);
    expect(message).toBe(`${START} the [ that opens the value of 'a' on line 2 of the note is never closed; close it: ${`a: [${x(200)}]`.slice(0, 159)}…`);
  });
});

describe('duplicated names, list items beside values, text that is not a property', () => {
  it.each<[string, string, number, string]>([
    ['a duplicate past a comment and a blank line', 'date: x\n# note\n\ndate: y\n', 5, "'date' is written twice, on line 2 and again on line 5 of the note; keep one of them"],
    ['a duplicate once single-quoted', "'a': x\na: y\n", 3, "'a' is written twice, on line 2 and again on line 3 of the note; keep one of them"],
    ['a duplicate after a nested map', 'a: 1\nb:\n  c: 2\na: 3\n', 5, "'a' is written twice, on line 2 and again on line 5 of the note; keep one of them"],
    ['a duplicate beside a same-named nested key', 'b:\n  a: 1\na: 2\na: 3\n', 5, "'a' is written twice, on line 4 and again on line 5 of the note; keep one of them"],
    ['a list item past a blank line and a comment', 'tags: a\n\n# c\n- b\n', 5, "'tags' has both a value (on line 2) and a list item on line 5 of the note; leave tags: empty on its line and put its value in the list as - a"],
    ['a list item holding a property', 'a: b\n- c: d\n', 3, "'a' has both a value (on line 2) and a list item on line 3 of the note; leave a: empty on its line and put its value in the list as - b"],
    ['a list item under an indented property', 'a:\n  b: c\n- d\n', 4, 'the text does not fit with the lines above it (end of the stream or a document separator is expected)'],
    ['a list item with two colons', '- name: Dana: Lee\n', 2, `the list item on line 2 of the note contains ': ', which YAML reads as the start of another property; put it in quotes: - "name: Dana: Lee"`],
    ['two values with colons, the first named', 'a: b: c\nd: e: f\n', 2, `the value of 'a' on line 2 of the note contains ': ', which YAML reads as the start of another property; put it in quotes: a: "b: c"`],
    ['a value starting with a colon', ': x\n', 2, `the value on line 2 of the note contains ': ', which YAML reads as the start of another property; put it in quotes: ": x"`],
  ])('%s', (_, block, line, message) => {
    const expected = message.startsWith('the text does not fit') ? `${START}, on line ${line} of the note, ${message}; fix it in source mode` : `${START} ${message}`;
    expect(problemOf(block)).toEqual({ message: expected, line });
  });

  it('shortens long text that is not a property', () => {
    expect(problemOf(`a: b\n${x(200)}\n`).message).toBe(`${START} the text on line 3 of the note ('${x(159)}…') is not a property; write it as name: value, or move it below the closing ---`);
  });
});

describe('the line a value should read, at the length limits', () => {
  it('quotes back a corrected line of exactly 160 characters', () => {
    const value = `b: ${x(160 - 'a: "b: "'.length)}`;
    const fixed = `a: "${value}"`;
    expect(fixed).toHaveLength(160);
    expect(problemOf(`a: ${value}\n`).message).toBe(`${START} the value of 'a' on line 2 of the note contains ': ', which YAML reads as the start of another property; put it in quotes: ${fixed}`);
  });

  it('does not quote back a corrected line of 161 characters', () => {
    const value = `b: ${x(161 - 'a: "b: "'.length)}`;
    expect(problemOf(`a: ${value}\n`).message).toBe(`${START} the value of 'a' on line 2 of the note contains ': ', which YAML reads as the start of another property; put it in quotes`);
  });

  it('quotes back the corrected line without the indentation of a nested value', () => {
    expect(problemOf('a:\n  b: c: d\n').message).toBe(`${START} the value of 'b' on line 3 of the note contains ': ', which YAML reads as the start of another property; put it in quotes: b: "c: d"`);
  });
});

describe('YAML without the text of the block, and written back', () => {
  it("gives js-yaml's reason for an error that is not js-yaml's, without a line", () => {
    expect(describeYamlError(new Error('disk full'))).toBe('the frontmatter is not valid YAML (disk full), so this note is skipped; fix it in source mode');
    expect(describeYamlError({ reason: 'bad', mark: {} })).toBe('the frontmatter is not valid YAML (bad), so this note is skipped; fix it in source mode');
  });

  it('writes dates as plain text and long values on one line', () => {
    const long = `${'word '.repeat(40)}end`;
    expect(JS_YAML.stringify({ date: '2026-11-20', note: long })).toBe(`date: 2026-11-20\nnote: ${long}\n`);
  });
});
