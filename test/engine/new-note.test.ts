import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNote } from '../../src/engine/agenda';
import { computeFollowUps, whoOf } from '../../src/engine/follow-ups';
import {
  CaptureError,
  capturedPersonOf,
  cursorPosition,
  namesFromLines,
  newInterviewNoteText,
  newNotePath,
  newNoteText,
  nextRoundCapture,
  safeFileName,
  yamlText,
  type InterviewCapture,
} from '../../src/engine/new-note';
import { readInterviewNote } from '../../src/engine/read-note';
import { readRawNote } from '../../src/engine/raw-note';
import { formatDay } from '../../src/engine/dates';
import { JS_YAML } from '../../src/engine/yaml';
import { d } from '../helpers';
import { frontmatterOf } from '../support/frontmatter';

const capture: InterviewCapture = {
  company: 'Acme',
  position: 'Data Analyst',
  date: d('2026-11-20'),
  time: '14:30',
  interviewers: ['Ms. Pat Jones', '[[Sam Lee]]'],
  references: ['Janet Leverling'],
  promisedDate: d('2026-11-27'),
  contactMethod: 'email',
  finalRound: false,
};

describe('a new interview note', () => {
  it('carries every field in the documented spelling, and headings for what to write down', () => {
    const text = newInterviewNoteText(capture);
    expect(text).toBe(
      [
        '---',
        'type: interview',
        'company: Acme',
        'position: Data Analyst',
        'date: 2026-11-20T14:30',
        'interviewer:',
        '  - Ms. Pat Jones',
        '  - "[[Sam Lee]]"',
        'references:',
        '  - Janet Leverling',
        'promised_date: 2026-11-27',
        'contact_method: email',
        '---',
        '# Acme, Data Analyst',
        '',
        '## What resonated\n\n## What to clarify\n\n## What they asked\n\n## Next step\n\n',
      ].join('\n'),
    );
  });

  it('read back by the engine, gives a thank-you per interviewer due the next day, the heads-up, and the inquiry after the promised date', () => {
    const r = readNote('Interviews/x.md', frontmatterOf(newInterviewNoteText(capture)), d('2026-11-20'), []);
    expect(r.problems).toEqual([]);
    const items = computeFollowUps([r.note!], d('2026-11-20')).map((f) => `${f.kind} ${whoOf(f) ?? '-'} ${formatDay(f.from)} ${formatDay(f.due)}`);
    expect(items).toEqual([
      'notify-references - 2026-11-20 2026-11-20',
      'thank-you Ms. Pat Jones 2026-11-20 2026-11-21',
      'thank-you Sam Lee 2026-11-20 2026-11-21',
      'status-inquiry - 2026-11-30 2026-12-02',
    ]);
  });

  it('refuses a missing company or position, a name over two lines, a time that is not one', () => {
    expect(() => newInterviewNoteText({ ...capture, company: '  ' })).toThrow(CaptureError);
    expect(() => newInterviewNoteText({ ...capture, position: '' })).toThrow(CaptureError);
    expect(() => newInterviewNoteText({ ...capture, interviewers: ['Pat\nJones'] })).toThrow(CaptureError);
    expect(() => newInterviewNoteText({ ...capture, time: '25:00' })).toThrow(CaptureError);
    expect(() => newInterviewNoteText({ ...capture, promisedDate: d('2026-11-19') })).toThrow(/is before the interview/);
  });

  it('any company, position and names come back exactly', () => {
    const oneLine = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => !/[\r\n\u2028\u2029\u0085]/.test(s) && s.trim() !== '' && s === s.trim());
    const tricky = fc.constantFrom('Smith: Jones', '#1 Team', '"Quoted"', "O'Brien", '[[Pat Jones]]', '🚀 Rocket', '株式会社', 'true', 'null', '2026-11-20', '- dash', '* star', '& amp', '! bang', '@at', '`tick`', '%pct', '123', '0x1F', '{a: b}', 'a # b', 'tail ');
    const text = fc.oneof(oneLine, tricky).filter((s) => s.trim() === s);
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), (company, position, names) => {
        const fm = frontmatterOf(newInterviewNoteText({ ...capture, company, position, interviewers: names, references: [] }));
        expect(fm.company).toBe(company);
        expect(fm.position).toBe(position);
        if (names.length > 0) expect(fm.interviewer).toEqual(names);
      }),
    );
  });

  it('yamlText leaves simple text plain and quotes what YAML would misread', () => {
    expect(yamlText('Data Analyst')).toBe('Data Analyst');
    expect(yamlText('yes')).toBe('"yes"');
    expect(yamlText('Acme: West')).toBe('"Acme: West"');
    for (const numberLike of ['0b11', '0x1F', '0o17', '1e5', '1_000', '.5']) expect(yamlText(numberLike)).toBe(JSON.stringify(numberLike));
  });

  it('yamlText escapes the characters YAML does not print, so they come back too', () => {
    const odd = 'A\u007fB\u0085C\u009fD\ufffeE';
    expect(yamlText(odd)).toBe('"A\\u007fB\\u0085C\\u009fD\\ufffeE"');
    expect(frontmatterOf(newInterviewNoteText({ ...capture, company: odd })).company).toBe(odd);
  });

  it('writes a person with details as a map, and a refused detail names its field', () => {
    const text = newInterviewNoteText({ ...capture, interviewers: [{ name: 'Pat Jones', honorific: 'Ms.', email: 'pat@acme.example', phone: null }], references: [] });
    expect(text).toContain('interviewer:\n  - name: Pat Jones\n    honorific: Ms.\n    email: "pat@acme.example"\n');
    expect(() => newInterviewNoteText({ ...capture, interviewers: [{ name: 'Pat', prefers: 'email\nplease' }] })).toThrow('interviewer: prefers must fit on one line');
  });
});

describe('a new note from the user\'s template', () => {
  const today = d('2026-11-20');
  const template = '\uFEFF---\r\nType: meeting\r\nPromised Date: 2030-01-01\r\ntags: [job-search, "{{company}}"]\r\n---\r\n# {{position}} at {{company}}\r\nDecision by {{promised_date}}; ask {{ greeting_name }}.\r\n';

  it('renders the variables in the body and in its own properties; the form\'s fields replace the template\'s', () => {
    const text = newNoteText(capture, { template, today, yaml: JS_YAML });
    expect(frontmatterOf(text)).toEqual({
      type: 'interview',
      company: 'Acme',
      position: 'Data Analyst',
      date: '2026-11-20T14:30',
      interviewer: ['Ms. Pat Jones', '[[Sam Lee]]'],
      references: ['Janet Leverling'],
      promised_date: '2026-11-27',
      contact_method: 'email',
      tags: ['job-search', 'Acme'],
    });
    expect(text.slice(text.indexOf('\n---\n') + 5)).toBe('# Data Analyst at Acme\nDecision by Friday, November 27; ask [their name].\n');
  });

  it('a value is inserted as text, never read as YAML or as another variable', () => {
    const fm = frontmatterOf(newNoteText({ ...capture, company: '{{position}}: "x" #1' }, { template: '---\naliases: ["{{company}}"]\n---\n{{company}}', today, yaml: JS_YAML }));
    expect(fm.aliases).toEqual(['{{position}}: "x" #1']);
  });

  it('without properties, or with none but its body, and refusing properties that are not YAML', () => {
    expect(newNoteText(capture, { template: '## Notes', today, yaml: JS_YAML }).endsWith('---\n## Notes\n')).toBe(true);
    expect(newNoteText(capture, { template: null, today, yaml: JS_YAML })).toBe(newInterviewNoteText(capture));
    expect(frontmatterOf(newNoteText(capture, { template: '---\ntitle: {{company}}, {{ position }}\n{{company}}: true\n---\n', today, yaml: JS_YAML }))).toMatchObject({ title: 'Acme, Data Analyst', Acme: true });
    expect(() => newNoteText(capture, { template: '---\ntitle: [unclosed\n---\n', today, yaml: JS_YAML })).toThrow(/the template's properties are not valid YAML \(/);
    expect(() => newNoteText(capture, { template: '---js\n({})\n---\n', today, yaml: JS_YAML })).toThrow(CaptureError);
    expect(() => newNoteText(capture, { template: '---\n- a\n---\n', today, yaml: JS_YAML })).toThrow(/not a set of key: value lines/);
  });
});

describe('the cursor of a new note', () => {
  it('goes below the first heading under the title, else the first heading, else the first line of the body', () => {
    const built = newInterviewNoteText(capture);
    expect(cursorPosition(built)).toEqual({ line: built.split('\n').indexOf('## What resonated') + 1, ch: 0 });
    expect(cursorPosition('---\na: 1\n---\n# Title\n\nText\n')).toEqual({ line: 4, ch: 0 });
    expect(cursorPosition('---\na: 1\n---\n```\n## not a heading\n```\n## Real')).toEqual({ line: 6, ch: 7 });
    expect(cursorPosition('---\na: 1\n---\nJust text')).toEqual({ line: 3, ch: 0 });
  });
});

describe('the next round', () => {
  const noteText = [
    'type: interview',
    'company: Acme',
    'position: Data Analyst',
    'date: 2026-11-20',
    'interviewer:',
    '  - Dr. Dana Lee',
    '  - "[[People/Sam Lee|Sam]]"',
    '  - {name: Pat Jones, honorific: Ms.}',
    '  - {name: Kim Park, email: kim@acme.example, prefers: phone}',
    'references: Janet Leverling',
    'contact_method: Phone',
    'promised_date: 2026-11-27',
    'status: next-round',
  ].join('\n');

  it('carries company, position, contact method and every person over as the note gave them', () => {
    const r = readRawNote(`---\n${noteText}\n---\n`, true);
    if (r.kind !== 'parsed') throw new Error('not parsed');
    const note = readInterviewNote('Acme.md', r.frontmatter, d('2026-11-24')).note;
    const next = nextRoundCapture(note, d('2026-12-02'), '10:00', true);
    expect(next).toEqual({
      company: 'Acme',
      position: 'Data Analyst',
      date: d('2026-12-02'),
      time: '10:00',
      interviewers: ['Dr. Dana Lee', '[[People/Sam Lee]]', { name: 'Pat Jones', honorific: 'Ms.', email: null, phone: null, prefers: null }, { name: 'Kim Park', honorific: null, email: 'kim@acme.example', phone: null, prefers: 'phone' }],
      references: ['Janet Leverling'],
      promisedDate: null,
      contactMethod: 'phone',
      finalRound: true,
    });
    const again = readInterviewNote('Next.md', frontmatterOf(newInterviewNoteText(next)), d('2026-11-24')).note;
    expect(again.interviewers.map(capturedPersonOf)).toEqual(next.interviewers);
  });

  it('names typed one per line: blank lines and spaces around names dropped', () => {
    expect(namesFromLines('  Ms. Pat Jones \r\n\n[[Sam Lee]]\r')).toEqual(['Ms. Pat Jones', '[[Sam Lee]]']);
  });
});

describe('its file name', () => {
  it('is YYYY-MM-DD Company - Position.md in the folder', () => {
    expect(newNotePath(capture, 'Interviews', () => false)).toBe('Interviews/2026-11-20 Acme - Data Analyst.md');
    expect(newNotePath(capture, '', () => false)).toBe('2026-11-20 Acme - Data Analyst.md');
  });

  it('never overwrites an existing note', () => {
    const taken = new Set(['Interviews/2026-11-20 Acme - Data Analyst.md', 'Interviews/2026-11-20 Acme - Data Analyst (2).md']);
    expect(newNotePath(capture, 'Interviews', (p) => taken.has(p))).toBe('Interviews/2026-11-20 Acme - Data Analyst (3).md');
  });

  it('never holds a character a file system or sync service rejects', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), (company, position) => {
        const path = newNotePath({ ...capture, company, position }, 'Interviews', () => false);
        const name = path.slice('Interviews/'.length);
        // eslint-disable-next-line no-control-regex -- the test looks for control characters
        expect(name).not.toMatch(/[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/);
        expect(name).toMatch(/^\d{4}-\d{2}-\d{2}.*\.md$/);
        expect(name).not.toMatch(/[. ]\.md$/);
      }),
    );
    expect(safeFileName('  ..hidden: a/b  ')).toBe('hidden a b');
  });

  it('stays within 180 bytes of UTF-8, whole characters only, without a lone surrogate or a trailing dot after the cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const name = safeFileName(text);
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(180);
        expect(name).not.toMatch(/\p{Cs}/u);
        expect(name).not.toMatch(/[. ]$/);
      }),
    );
    expect(safeFileName(`${'a'.repeat(79)}.b`)).toBe('a'.repeat(79));
    expect(safeFileName('株'.repeat(100))).toBe('株'.repeat(60));
  });
});
