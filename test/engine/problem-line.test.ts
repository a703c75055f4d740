import { describe, expect, it } from 'vitest';
import { lineOfProblem } from '../../src/engine/problem-line';

const note = '---\ntype: interview\nOrg: Acme\n"Promised Date": soon\ninterviewer:: Dana Lee\n---\nbody\n';
const problem = (field: string | null, message = 'x') => ({ note: 'a.md', field, message });

describe('the line a problem is about', () => {
  it.each([
    ['company', 3],
    ['promised_date', 4],
    ['interviewer', 5],
    [null, 1],
    ['date', null],
  ])('%s -> line %s', (field, line) => {
    expect(lineOfProblem(note, problem(field))).toBe(line);
  });

  it('the line a YAML message names wins', () => {
    expect(lineOfProblem(note, problem(null, 'the value on line 4 of the note must be quoted'))).toBe(4);
  });

  it("a person's own property name is found too", () => {
    expect(lineOfProblem('---\nInterview Day: 20/11/2026\n---\n', problem('date'), { date: 'Interview Day' })).toBe(2);
    expect(lineOfProblem('---\nInterview Day: 20/11/2026\n---\n', problem('date'))).toBeNull();
  });

  it('no frontmatter, no line', () => {
    expect(lineOfProblem('# Notes\n', problem('date'))).toBeNull();
  });
});
