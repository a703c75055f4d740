import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readNote } from '../../src/engine/agenda';
import { parseDay, type Day } from '../../src/engine/dates';
import { dataviewFields } from '../../src/engine/dataview-fields';
import { normalizeKey } from '../../src/engine/keys';
import { planTrack, type TrackOptions, type TrackPlan } from '../../src/engine/track';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/track/${name}`, import.meta.url), 'utf8');
const NONE = { propertyNames: {} };
const track = (text: string, options: TrackOptions = {}, path = 'Notes/Sync.md', propertyNames: Record<string, string> = {}): TrackPlan =>
  planTrack(path, text, options, { propertyNames });

/** The frontmatter as js-yaml 4's core schema reads it (dates stay text). */
function propertiesOf(text: string): Record<string, unknown> {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (m === null) throw new Error(`no frontmatter in ${JSON.stringify(text)}`);
  return (load(m[1] as string, { schema: CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
}

/** What each addition added, as `key: value` text. */
const added = (plan: TrackPlan): string[] => plan.additions.flatMap((a) => a.lines);

describe('track: a kepano-style meeting note', () => {
  const before = fixture('contoso-meeting.md');
  const plan = planTrack('Meetings/2026-11-18 Contoso.md', before, {}, NONE);

  it('becomes the note in contoso-meeting.after.md: four lines added, every other byte kept', () => {
    expect(plan.refusal).toBeNull();
    expect(plan.text).toBe(fixture('contoso-meeting.after.md'));
    expect(added(plan)).toEqual(['type: interview', 'position: Staff Platform Engineer', 'promised_date: 2026-11-25', 'follow_up_by: 2026-11-20']);
  });

  it('leaves the company, the interviewer and the date where they are, under org, people and date', () => {
    expect(plan.present.map((p) => [p.field, p.key])).toEqual([
      ['date', 'date'],
      ['company', 'org'],
      ['interviewer', 'people'],
    ]);
  });

  it('is then an interview note with the application and the dates the text gave', () => {
    const reading = readNote('Meetings/2026-11-18 Contoso.md', propertiesOf(plan.text), parseDay('2026-11-24') as Day, []);
    const note = reading.note;
    expect(note).not.toBeNull();
    expect([note?.company, note?.position, note?.interviewers.map((p) => p.name)]).toEqual(['Contoso', 'Staff Platform Engineer', ['Pat Jones']]);
    expect([note?.date, note?.promisedDate, note?.followUpBy]).toEqual(['2026-11-18', '2026-11-25', '2026-11-20'].map(parseDay));
    expect(reading.problems).toEqual([]);
  });

  it('a second run adds nothing', () => {
    const again = planTrack('Meetings/2026-11-18 Contoso.md', plan.text, {}, NONE);
    expect([again.refusal, again.additions, again.text]).toEqual([null, [], plan.text]);
  });
});

describe('track: Dataview fields in each of their forms', () => {
  const cases: Array<[string, string, string]> = [
    ['a line of its own', 'role:: Data Analyst', 'Data Analyst'],
    ['a list item', '- role:: Data Analyst', 'Data Analyst'],
    ['a task', '- [ ] role:: Data Analyst', 'Data Analyst'],
    ['a numbered item', '1. role:: Data Analyst', 'Data Analyst'],
    ['in a quote', '> role:: Data Analyst', 'Data Analyst'],
    ['a bold key', '**Role**:: Data Analyst', 'Data Analyst'],
    ['in square brackets', 'They want a [role:: Data Analyst] for the team.', 'Data Analyst'],
    ['in round brackets', 'Hiring for (role:: Data Analyst) this quarter.', 'Data Analyst'],
    ['a key written another way', 'Job Title:: Data Analyst', 'Data Analyst'],
    ['a quoted value', 'role:: "Data Analyst"', 'Data Analyst'],
    ['a value with brackets', '[role:: Analyst (Data) [Team B]]', 'Analyst (Data) [Team B]'],
  ];
  for (const [form, line, position] of cases) {
    it(`${form}: ${line}`, () => {
      const plan = track(`---\ndate: 2026-11-18\n---\nNotes.\n${line}\n`);
      expect(plan.additions.find((a) => a.field === 'position')).toMatchObject({ key: 'position', value: position, source: 'dataview', line: 5 });
      expect(propertiesOf(plan.text).position).toBe(position);
    });
  }

  it('people: a link, several names in one field, and the same field twice', () => {
    const plan = track('---\ndate: 2026-11-18\n---\ninterviewer:: [[Pat Jones]], Dana Lee\nAlso met [interviewer:: Sam Ortiz, Jr.].\n');
    expect(propertiesOf(plan.text).interviewer).toEqual(['[[Pat Jones]]', 'Dana Lee', 'Sam Ortiz, Jr.']);
    expect(added(plan)).toEqual(['type: interview', 'interviewer:', '  - "[[Pat Jones]]"', '  - Dana Lee', '  - Sam Ortiz, Jr.']);
  });

  it('fields in code are not read', () => {
    const plan = track('---\ndate: 2026-11-18\n---\n```\nrole:: Engineer\n```\nSee `role:: Manager` in the docs.\n~~~md\n[company:: Initech]\n~~~\n');
    expect(plan.additions.map((a) => a.field)).toEqual(['type']);
  });

  it('a field written inside the frontmatter (YAML reads interviewer:: as the key interviewer:) is already there', () => {
    const plan = track('---\ndate: 2026-11-18\ninterviewer:: Dana Lee\n---\ninterviewer:: Pat Jones\n');
    expect(plan.present).toContainEqual({ field: 'interviewer', key: 'interviewer:', value: 'Dana Lee' });
    expect(plan.additions.map((a) => a.field)).toEqual(['type']);
  });

  it('a value of the wrong kind is reported and not added', () => {
    const plan = track('---\ndate: 2026-11-18\n---\nhear_back_by:: next week\n');
    expect(plan.additions.map((a) => a.field)).toEqual(['type']);
    expect(plan.problems).toEqual(["hear_back_by:: on line 4: 'next week' is not a date, so promised_date was not added; write it as YYYY-MM-DD, such as 2026-11-18"]);
  });

  it('a promised date before the interview is reported and not added', () => {
    const plan = track('---\ndate: 2026-11-18\n---\n(hear_back_by:: 2026-11-10)\n');
    expect(plan.additions.map((a) => a.field)).toEqual(['type']);
    expect(plan.problems[0]).toMatch(/before the interview's day, 2026-11-18/);
  });

  it('the reader finds every form and keeps keys as written', () => {
    expect(dataviewFields('A:: 1\n- [b:: 2] and (c:: 3)\n![[embed]] [[link]] [not a field]\n').map((f) => [f.key, f.value, f.line, f.form])).toEqual([
      ['A', '1', 0, 'line'],
      ['b', '2', 1, 'bracket'],
      ['c', '3', 1, 'paren'],
    ]);
  });
});

describe('track: where each field comes from', () => {
  it('options come first, over Dataview fields and the file name', () => {
    const plan = track('Notes.\nrole:: Engineer\n', { date: '2026-11-20T14:30', position: 'Staff Engineer', company: '[[Contoso]]', interviewers: ['Ms. Pat Jones'] }, 'Daily/2026-11-18 Contoso.md');
    expect(propertiesOf(plan.text)).toEqual({ type: 'interview', date: '2026-11-20T14:30', company: '[[Contoso]]', position: 'Staff Engineer', interviewer: ['Ms. Pat Jones'] });
  });

  it('a property under an alias is left where it is and nothing is added for it', () => {
    const plan = track('---\ninterview_date: 2026-11-18\nemployer: Acme\nrole: Analyst\npanel: [Dana Lee]\nreferee: Sam Ortiz\n---\n');
    expect(plan.present.map((p) => `${p.field}=${p.key}`)).toEqual(['date=interview_date', 'company=employer', 'position=role', 'interviewer=panel', 'references=referee']);
    expect(added(plan)).toEqual(['type: interview']);
  });

  it('an option for a field the note already has is reported, and the note keeps its value', () => {
    const plan = track('---\ndate: 2026-11-18\norg: Acme\n---\n', { company: 'Globex' });
    expect(plan.additions.map((a) => a.field)).toEqual(['type']);
    expect(plan.problems).toEqual(['company: the note already has Acme under org; it was left as it was']);
  });

  it('the person’s own property names: read first, and written to', () => {
    const own = { date: 'Interview Day', position: 'Job' };
    const has = track('---\nInterview Day: 2026-11-18\n---\nrole:: Analyst\n', {}, 'Notes/x.md', own);
    expect(has.present).toContainEqual({ field: 'date', key: 'Interview Day', value: '2026-11-18' });
    expect(added(has)).toEqual(['type: interview', 'Job: Analyst']);
    const lacks = track('Notes.\n', { date: '2026-11-18' }, 'Notes/x.md', own);
    expect(added(lacks)).toEqual(['type: interview', 'Interview Day: 2026-11-18']);
  });

  it('a date property that links to a daily note is the interview’s day, quoted or not', () => {
    for (const written of ['"[[2026-11-18]]"', '[[2026-11-18]]']) {
      const plan = track(`---\ndate: ${written}\n---\n`);
      expect([plan.refusal, added(plan)]).toEqual([null, ['type: interview']]);
    }
  });

  it('a date in the file name, for the date only', () => {
    const plan = track('Met Pat.\n', {}, 'Journal/2026/2026-11-18 Contoso call.md');
    expect(plan.additions.find((a) => a.field === 'date')).toMatchObject({ value: '2026-11-18', source: 'file-name' });
  });

  it('a Dataview interview_date comes before the file name', () => {
    const plan = track('Interview Date:: 2026-11-19\n', {}, 'Journal/2026-11-18.md');
    expect(plan.additions.find((a) => a.field === 'date')).toMatchObject({ key: 'date', value: '2026-11-19', source: 'dataview' });
  });

  it('a --date beside a date that is another day adds interview_date, which outranks it, and changes no line', () => {
    const before = '---\ndate: 2026-11-02\n---\n';
    const plan = track(before, { date: '2026-11-18' });
    expect(plan.text).toBe('---\ndate: 2026-11-02\ntype: interview\ninterview_date: 2026-11-18\n---\n');
  });

  it('an empty property of the name is filled in on its own line', () => {
    const plan = track('---\ndate: 2026-11-18\nposition:\ntags: [work]\n---\n', { position: 'Analyst' });
    expect(plan.text).toBe('---\ndate: 2026-11-18\nposition: Analyst\ntags: [work]\ntype: interview\n---\n');
  });
});

describe('track: type, line endings, byte-order mark, no frontmatter', () => {
  const cases: Array<[string, string, string]> = [
    ['no type', '---\ndate: 2026-11-18\n---\nBody\n', '---\ndate: 2026-11-18\ntype: interview\n---\nBody\n'],
    ['a text type: that line changes', '---\ntype: meeting\ndate: 2026-11-18\n---\n', '---\ntype: [meeting, interview]\ndate: 2026-11-18\n---\n'],
    ['a text type with a comment', '---\ntype: meeting   # from my template\ndate: 2026-11-18\n---\n', '---\ntype: [meeting, interview]   # from my template\ndate: 2026-11-18\n---\n'],
    ['a quoted link as type', '---\ntype: "[[Meetings]]"\ndate: 2026-11-18\n---\n', '---\ntype: ["[[Meetings]]", interview]\ndate: 2026-11-18\n---\n'],
    ['a text type holding a comma', '---\ntype: call, video\ndate: 2026-11-18\n---\n', '---\ntype: ["call, video", interview]\ndate: 2026-11-18\n---\n'],
    ['a block list: one line added', '---\ntype:\n  - meeting\n  - "[[Sync]]"\ndate: 2026-11-18\n---\n', '---\ntype:\n  - meeting\n  - "[[Sync]]"\n  - interview\ndate: 2026-11-18\n---\n'],
    ['a block list without indent', '---\ndate: 2026-11-18\nType:\n- meeting\n---\n', '---\ndate: 2026-11-18\nType:\n- meeting\n- interview\n---\n'],
    ['a flow list', '---\ntype: [meeting, call]\ndate: 2026-11-18\n---\n', '---\ntype: [meeting, call, interview]\ndate: 2026-11-18\n---\n'],
    ['an empty type', '---\ntype:\ndate: 2026-11-18\n---\n', '---\ntype: interview\ndate: 2026-11-18\n---\n'],
    ['already an interview', '---\ntype: Job Interview\ndate: 2026-11-18\n---\n', '---\ntype: Job Interview\ndate: 2026-11-18\n---\n'],
    ['a category that says interview', '---\ncategories: ["[[Job Interviews]]"]\ndate: 2026-11-18\n---\n', '---\ncategories: ["[[Job Interviews]]"]\ndate: 2026-11-18\n---\n'],
    ['CRLF', '---\r\ntype: meeting\r\ndate: 2026-11-18\r\n---\r\nrole:: Analyst\r\n', '---\r\ntype: [meeting, interview]\r\ndate: 2026-11-18\r\nposition: Analyst\r\n---\r\nrole:: Analyst\r\n'],
    ['a byte-order mark', '\uFEFF---\ndate: 2026-11-18\n---\n', '\uFEFF---\ndate: 2026-11-18\ntype: interview\n---\n'],
    ['no frontmatter', 'interview_date:: 2026-11-18\n', '---\ntype: interview\ndate: 2026-11-18\n---\ninterview_date:: 2026-11-18\n'],
    ['no frontmatter, CRLF and a byte-order mark', '\uFEFFinterview_date:: 2026-11-18\r\nMore.\r\n', '\uFEFF---\r\ntype: interview\r\ndate: 2026-11-18\r\n---\r\ninterview_date:: 2026-11-18\r\nMore.\r\n'],
    ['an empty frontmatter', '---\n---\n(org:: Acme) on 2026-11-18', '---\ntype: interview\ndate: 2026-11-18\ncompany: Acme\n---\n(org:: Acme) on 2026-11-18'],
  ];
  for (const [what, before, after] of cases) {
    it(what, () => {
      const plan = track(before, {}, what === 'an empty frontmatter' ? 'Notes/2026-11-18.md' : 'Notes/Sync.md');
      expect(plan.refusal).toBeNull();
      expect(plan.text).toBe(after);
    });
  }

  it('a type of a shape that cannot take one more word in a line is refused, nothing written', () => {
    const before = '---\ntype: {kind: meeting}\ndate: 2026-11-18\n---\n';
    const plan = track(before);
    expect([plan.text, plan.refusal]).toEqual([before, expect.stringMatching(/^type: its value could not be given one more word/)]);
  });
});

describe('track: refusals, nothing written', () => {
  it('no interview day found or given, with the properties that hold a date named', () => {
    const before = '---\nDate Last Interaction: 2026-11-02\norg: Acme\n---\nrole:: Analyst\n';
    const plan = track(before, {}, 'People/Pat Jones.md');
    expect(plan.text).toBe(before);
    expect(plan.missingDate).toBe(true);
    expect(plan.refusal).toBe(
      "no interview day could be found in this note (no date property, no Dataview field such as interview_date:: 2026-11-18, no date in the file name), so nothing was written; give it with --date YYYY-MM-DD; its property 'Date Last Interaction' holds 2026-11-02: if that is the interview's day, give --date 2026-11-02 or map it with --property date=\"Date Last Interaction\"",
    );
    // What was found is still said, for a form that asks for the day.
    expect(plan.additions.map((a) => a.field)).toEqual(['position']);
  });

  it('a property that merely holds a date is used when mapped', () => {
    const plan = track('---\nDate Last Interaction: 2026-11-02\n---\n', {}, 'x.md', { date: 'Date Last Interaction' });
    expect([plan.refusal, added(plan)]).toEqual([null, ['type: interview']]);
  });

  it('an interview_date that is not a date', () => {
    const plan = track('---\ninterview_date: Nov 18\n---\n', { date: '2026-11-18' });
    expect(plan.refusal).toMatch(/^interview_date holds 'Nov 18', which is not a date/);
  });

  it('a note with a candidate is the interviewer’s record of someone else', () => {
    expect(track('---\ncandidate: Sam Ortiz\ndate: 2026-11-18\n---\n').refusal).toMatch(/candidate/);
  });

  it('frontmatter that cannot be read, or never closes', () => {
    expect(track('---\ntitle: a: b\n---\n', { date: '2026-11-18' }).refusal).toMatch(/not valid YAML/);
    expect(track('---\ndate: 2026-11-18\n', { date: '2026-11-18' }).refusal).toMatch(/closing ---/);
  });
});

/** Lines with their endings. */
const linesOf = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

describe('track: properties', () => {
  const oneLine = fc
    .string({ unit: fc.constantFrom('a', 'Z', 'é', ' ', ':', '#', '"', "'", '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '-', '?', '\\', '1', '0', '.', '~'), maxLength: 16 })
    .filter((s) => s.trim() !== '' && !/^\s*"[\s\S]*"\s*$/.test(s));
  const existing = fc.subarray(['tags: [meeting]', '# a comment', 'rating: 4', '', 'topics:\n  - "[[A]]"', 'summary: |\n  some text: here\n  more', 'status: done'], { minLength: 0 });
  const note = fc.record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    frontmatter: fc.option(existing, { nil: null }),
    body: fc.array(fc.constantFrom('Notes.', '', '- item', '```', 'x:: y', '## Heading'), { maxLength: 5 }),
    role: fc.option(oneLine, { nil: null }),
  });
  const given = fc.record({ company: fc.option(oneLine, { nil: undefined }), position: fc.option(oneLine, { nil: undefined }), interviewers: fc.array(oneLine, { maxLength: 2 }) });

  function textOf(n: { bom: boolean; eol: string; frontmatter: string[] | null; body: string[]; role: string | null }): string {
    // The field comes first: after an unclosed ``` it would be code, not read.
    const body = [...(n.role === null ? [] : [`role:: ${n.role}`]), ...n.body];
    const lines = n.frontmatter === null ? body : ['---', ...n.frontmatter.flatMap((l) => l.split('\n')), '---', ...body];
    return `${n.bom ? '\uFEFF' : ''}${lines.map((l) => l + n.eol).join('')}`;
  }

  it('every byte outside the added lines stays, and the note reads back with the values found', () => {
    fc.assert(
      fc.property(note, given, (n, options) => {
        const before = textOf(n);
        const plan = track(before, { ...options, date: '2026-11-18' });
        expect(plan.refusal).toBeNull();
        // Taking out the added lines gives back the note, byte for byte (a new block's fences aside).
        // Added lines end as the note's lines do (an empty note has none to follow: a line feed).
        const eol = before.includes('\r\n') ? '\r\n' : '\n';
        const addedLines = new Set(added(plan).map((l) => l + eol));
        const fences = n.frontmatter === null ? 2 : 0;
        const rest = linesOf(plan.text.replace(/^\uFEFF/, ''));
        const left = rest.filter((l) => !addedLines.has(l));
        expect(left.slice(fences).join('')).toBe(before.replace(/^\uFEFF/, ''));
        expect(plan.text.startsWith('\uFEFF')).toBe(n.bom);
        const read = propertiesOf(plan.text);
        expect(read.type).toBe('interview');
        expect(read.date).toBe('2026-11-18');
        if (options.company !== undefined) expect(read.company).toBe(options.company.trim());
        const position = options.position?.trim() ?? n.role?.trim();
        if (position !== undefined) expect(read.position).toBe(position);
        if (options.interviewers.length > 0) expect(read.interviewer).toEqual(options.interviewers.map((p) => p.trim()));
      }),
      { numRuns: 300 },
    );
  });

  it('any text at all: never throws; refused, the text is unchanged; else the body after the frontmatter is kept', () => {
    const unit = fc.constantFrom('-', '- ', '\n', '\r\n', ':', ': ', ' ', 'a', 'type', 'type: ', 'date: ', '\n  - ', '2026-11-18', '[', ']', '(', ')', '"', '#', '`', '\t', '|', '{', '}', ',', '\uFEFF', 'interview', '::');
    const note = fc
      .tuple(fc.constantFrom('', '---\n', '---\r\n', '\uFEFF---\n'), fc.string({ unit, maxLength: 30 }), fc.constantFrom('', '\n---\n', '\r\n---\r\n', '\n---'), fc.string({ unit, maxLength: 30 }))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(note, fc.boolean(), (text, dated) => {
        const plan = track(text, dated ? { date: '2026-11-18' } : {});
        if (plan.refusal !== null) {
          expect(plan.text).toBe(text);
          return;
        }
        // A date under any of its names, written any way keys are (`-date` is `date`).
        expect(Object.keys(propertiesOf(plan.text)).some((k) => ['date', 'interviewdate', 'interviewedon'].includes(normalizeKey(k)))).toBe(true);
        const close = /\n---[^\n]*(?:\n|$)/.exec(text.slice(text.indexOf('\n')));
        if (/^\uFEFF?---/.test(text) && close !== null) expect(plan.text.endsWith(text.slice(text.indexOf('\n') + close.index + close[0].length))).toBe(true);
        else expect(plan.text.endsWith(text.replace(/^\uFEFF/, ''))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('a text type: exactly that one line changes, and it reads back as the old value and interview', () => {
    fc.assert(
      fc.property(oneLine, fc.constantFrom('\n', '\r\n'), (old, eol) => {
        const before = `---${eol}type: ${JSON.stringify(old)}${eol}date: 2026-11-18${eol}---${eol}Body${eol}`;
        const plan = track(before);
        expect(plan.refusal).toBeNull();
        const a = linesOf(before);
        const b = linesOf(plan.text);
        expect(b.length).toBe(a.length);
        expect(a.filter((l, i) => l !== b[i])).toEqual([a[1]]);
        expect(propertiesOf(plan.text).type).toEqual([old, 'interview']);
      }),
      { numRuns: 200 },
    );
  });
});

describe('track: the line a Dataview value is said to come from', () => {
  it('is the line that holds the value, not an empty field of the same name above it', () => {
    const plan = planTrack('Jobs/Contoso.md', '---\ndate: 2026-11-18\n---\nrole::\nrole:: Analyst\n', {}, { propertyNames: {} });
    const position = plan.additions.find((a) => a.field === 'position');
    expect([position?.value, position?.source, position?.line]).toEqual(['Analyst', 'dataview', 5]);
  });
});
