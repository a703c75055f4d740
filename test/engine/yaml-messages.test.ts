import { describe, expect, it } from 'vitest';
import { readRawNote } from '../../src/engine/raw-note';
import { describeYamlError, explainYamlError, parseYaml } from '../../src/engine/yaml';

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

describe('a value that must be quoted: the line as it should read', () => {
  it.each<[string, string, number, string]>([
    ['contains ": "', 'type: interview\nposition: Senior Engineer: Platform\n', 3, `the value of 'position' on line 3 of the note contains ': ', which YAML reads as the start of another property; put it in quotes: position: "Senior Engineer: Platform"`],
    ['contains ": " and double quotes', 'position: Senior "Staff" Engineer: Platform\n', 2, `the value of 'position' on line 2 of the note contains ': ', which YAML reads as the start of another property; put it in quotes: position: "Senior \\"Staff\\" Engineer: Platform"`],
    ['starts with a double quote', 'type: interview\ncompany: "Acme" Inc\n', 3, `the value of 'company' on line 3 of the note starts with a quote but goes on after the closing quote; put it in quotes: company: "\\"Acme\\" Inc"`],
    ['starts with a single quote', "company: 'Acme' Inc\n", 2, `the value of 'company' on line 2 of the note starts with a quote but goes on after the closing quote; put it in quotes: company: "'Acme' Inc"`],
    ['starts with [', 'company: [Acme] Inc\n', 2, `the value of 'company' on line 2 of the note starts with '[' but is not a whole list; put it in quotes: company: "[Acme] Inc"`],
    ['starts with {', 'company: {Acme} Inc\n', 2, `the value of 'company' on line 2 of the note starts with '{' but is not a whole map; put it in quotes: company: "{Acme} Inc"`],
    ['starts with @', 'interviewer: @dana\n', 2, `the value of 'interviewer' on line 2 of the note starts with '@', which has a special meaning in YAML; put it in quotes: interviewer: "@dana"`],
    ['starts with a backtick', 'deliverable: `report.pdf`\n', 2, "the value of 'deliverable' on line 2 of the note starts with '`', which has a special meaning in YAML; put it in quotes: deliverable: \"`report.pdf`\""],
    ['starts with *', 'interviewer: *Dana\n', 2, `the value of 'interviewer' on line 2 of the note starts with '*', which has a special meaning in YAML; put it in quotes: interviewer: "*Dana"`],
    ['starts with !', 'company: !Acme\n', 2, `the value of 'company' on line 2 of the note starts with '!', which has a special meaning in YAML; put it in quotes: company: "!Acme"`],
    ['starts with |', 'company: |Acme\n', 2, `the value of 'company' on line 2 of the note starts with '|', which has a special meaning in YAML; put it in quotes: company: "|Acme"`],
    ['starts with >', 'company: >Acme\n', 2, `the value of 'company' on line 2 of the note starts with '>', which has a special meaning in YAML; put it in quotes: company: ">Acme"`],
    ['starts with %', 'company: %Acme\n', 2, `the value of 'company' on line 2 of the note starts with '%', which has a special meaning in YAML; put it in quotes: company: "%Acme"`],
    ['a list item with ": "', 'interviewer:\n  - Dana Lee: Hiring Manager: Platform\n', 3, `the list item on line 3 of the note contains ': ', which YAML reads as the start of another property; put it in quotes: - "Dana Lee: Hiring Manager: Platform"`],
    ['a list item starting with @', 'interviewer:\n  - @dana\n', 3, `the list item on line 3 of the note starts with '@', which has a special meaning in YAML; put it in quotes: - "@dana"`],
    ['Windows line ends', 'type: interview\r\nposition: Senior Engineer: Platform\r\n', 3, `the value of 'position' on line 3 of the note contains ': ', which YAML reads as the start of another property; put it in quotes: position: "Senior Engineer: Platform"`],
  ])('%s', (_, block, line, message) => {
    expect(problemOf(block)).toEqual({ message: `${START} ${message}`, line });
  });

  it('offers a quoted line that YAML then reads as the text meant', () => {
    const { message } = problemOf('type: interview\nposition: Senior "Staff" Engineer: Platform\n');
    const fixed = message.slice(message.indexOf('put it in quotes: ') + 'put it in quotes: '.length);
    expect(parseYaml(fixed)).toEqual({ position: 'Senior "Staff" Engineer: Platform' });
  });

  it('names a character that starts a value even when the error shows on the next line', () => {
    // js-yaml places an unknown tag's error at the end of the text, after the line that holds it.
    expect(problemOf('type: interview\ncompany: !Acme\n').line).toBe(3);
  });

  it('does not quote back a very long line', () => {
    const { message, line } = problemOf(`position: Engineer: ${'x'.repeat(300)}\n`);
    expect(line).toBe(2);
    expect(message).toMatch(/contains ': '.*; put it in quotes$/);
  });
});

describe('the other common causes', () => {
  it.each<[string, string, number, string]>([
    ['a tab used for indentation', 'type: interview\ninterviewer:\n\t- Dana\n', 4, 'a tab indents the text on line 4 of the note, and YAML allows only spaces there; indent it with spaces'],
    ['a list item beside a value', 'type: interview\ntags: interview\n- onsite\ncompany: Acme\n', 4, "'tags' has both a value (on line 3) and a list item on line 4 of the note; leave tags: empty on its line and put its value in the list as - interview"],
    ['a list item beside a value, indented', 'interviewer:\n  name: Dana\n  - Pat\n', 4, "'name' has both a value (on line 3) and a list item on line 4 of the note; leave name: empty on its line and put its value in the list as - Dana"],
    ['a duplicated key', 'type: interview\ndate: 2026-11-20\ncompany: Acme\ndate: 2026-11-21\n', 5, "'date' is written twice, on line 3 and again on line 5 of the note; keep one of them"],
    ['a duplicated key, once quoted', '"date": 2026-11-20\ndate: 2026-11-21\n', 3, "'date' is written twice, on line 2 and again on line 3 of the note; keep one of them"],
    ['a duplicated key in a nested map', 'interviewer:\n  name: Dana\n  name: Pat\n', 4, "'name' is written twice, on line 3 and again on line 4 of the note; keep one of them"],
    ['an unclosed [', 'type: interview\ninterviewer: [Dana, Pat\ncompany: Acme\n', 3, "the [ that opens the value of 'interviewer' on line 3 of the note is never closed; close it: interviewer: [Dana, Pat]"],
    ['an unclosed [ on the last line', 'company: Acme\ninterviewer: [Dana, Pat\n', 3, "the [ that opens the value of 'interviewer' on line 3 of the note is never closed; close it: interviewer: [Dana, Pat]"],
    ['an unclosed {', 'interviewer: {name: Dana\n', 2, "the { that opens the value of 'interviewer' on line 2 of the note is never closed; close it: interviewer: {name: Dana}"],
    ['an unclosed double quote', 'type: interview\ncompany: "Acme\nstatus: waiting\n', 3, `the quote (") that opens the value of 'company' on line 3 of the note is never closed; end the value with it: company: "Acme"`],
    ['an unclosed single quote', "company: 'Acme\nstatus: waiting\n", 2, "the quote (') that opens the value of 'company' on line 2 of the note is never closed; end the value with it: company: 'Acme'"],
    ['a line that is not a property', 'type: interview\nsome text here\ncompany: Acme\n', 3, "the text on line 3 of the note ('some text here') is not a property; write it as name: value, or move it below the closing ---"],
  ])('%s', (_, block, line, message) => {
    expect(problemOf(block)).toEqual({ message: `${START} ${message}`, line });
  });

  it("falls back to js-yaml's reason, in plainer words, with the line", () => {
    expect(problemOf('type: interview\ncompany: Acme\n  status: waiting\n')).toEqual({
      message: `${START}, on line 4 of the note, the indentation does not match the property above it (bad indentation of a mapping entry); fix it in source mode`,
      line: 4,
    });
  });

  it('names nesting too deep for properties, without quoting the line back', () => {
    const block = `type: interview\ncompany: ${'['.repeat(500)}${']'.repeat(500)}\n`;
    const { message, line } = problemOf(block);
    expect(line).toBe(3);
    expect(message).toBe(`${START} the value of 'company' on line 3 of the note is nested too deeply (nesting exceeded maxDepth (100)); simplify it or put it in quotes`);
  });
});

describe('the reader of raw notes', () => {
  it('reports the plain explanation with the line of the note, a byte-order mark or not', () => {
    for (const bom of ['', '\uFEFF']) {
      const r = readRawNote(`${bom}---\ntype: interview\nposition: Senior Engineer: Platform\n---\nBody\n`);
      expect(r).toMatchObject({ kind: 'unreadable', reportable: true });
      if (r.kind === 'unreadable') expect(r.message).toContain('on line 3 of the note contains');
    }
  });

  it("keeps js-yaml's reason where the block's text is not given", () => {
    let caught: unknown;
    try {
      parseYaml('a: [b\n');
    } catch (error) {
      caught = error;
    }
    expect(describeYamlError(caught)).toMatch(/^the frontmatter is not valid YAML \(unexpected end of the stream within a flow collection on line \d+ of the note\)/);
    expect(describeYamlError(caught, 'a: [b\n')).toBe(`${START} the [ that opens the value of 'a' on line 2 of the note is never closed; close it: a: [b]`);
  });
});
