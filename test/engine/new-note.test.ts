import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNote } from '../../src/engine/agenda';
import { computeFollowUps, whoOf } from '../../src/engine/follow-ups';
import { CaptureError, newInterviewNoteText, newNotePath, safeFileName, yamlText, type InterviewCapture } from '../../src/engine/new-note';
import { readRawNote } from '../../src/engine/raw-note';
import { formatDay } from '../../src/engine/dates';
import { d } from '../helpers';

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

function frontmatterOf(text: string): Record<string, unknown> {
  const r = readRawNote(text, true);
  if (r.kind !== 'parsed') throw new Error(`not parsed: ${JSON.stringify(r)}`);
  return r.frontmatter;
}

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
});
