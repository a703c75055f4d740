import { describe, expect, it } from 'vitest';
import { fillInFor, fitToLimit, inquiriesSent, nextStepOf, renderDraft, renderTemplate, splitSubject, templateValues, type DraftRequest } from '../../../src/engine/drafts';
import type { InterviewNote } from '../../../src/engine/interview-note';
import { d } from '../../helpers';
import { ADVENTURE_WORKS, NORTHWIND_FINAL, NORTHWIND_PEOPLE, person, SENDER } from './draft-helpers';

/** A user's template rendered for a Northwind status inquiry written on `today`. */
function withTemplate(template: string, note: InterviewNote = NORTHWIND_FINAL, today = '2026-12-10', more: Partial<DraftRequest> = {}) {
  return renderDraft({ kind: 'status-inquiry', note, ...NORTHWIND_PEOPLE, sender: SENDER, today: d(today), template, ...more });
}

describe('variable names in a template', () => {
  it('spaces or hyphens in a row between the words of a name count as one', () => {
    const r = renderTemplate('{{promised  date}} / {{promised - date}}', { promised_date: 'Tuesday, December 1' });
    expect(r.text).toBe('Tuesday, December 1 / Tuesday, December 1');
    expect(r.fillIns).toBe(0);
  });

  it('an unknown name with underscores in a row is shown with single spaces', () => {
    expect(renderTemplate('{{team__size}}', {}).text).toBe('[team size]');
  });

  it('brackets in the wording of a fill-in are dropped, not doubled', () => {
    expect(fillInFor('anything', 'the [exact] day')).toBe('[the exact day]');
  });

  it('a value the values object only inherits is not a value', () => {
    const values = Object.create({ company: 'Inherited Ltd' }) as Record<string, string>;
    expect(renderTemplate('{{company}}', values).text).toBe('[company]');
  });
});

describe('fill-ins written in a template', () => {
  it('two characters in brackets are a fill-in; one character with spaces around it is not', () => {
    expect(renderTemplate('Hi [PS] there', {}).fillIns).toBe(1);
    expect(renderTemplate('Hi [ x ] there', {}).fillIns).toBe(0);
  });

  it('a fill-in at the very end of the text, or just before a variable, is counted', () => {
    expect(renderTemplate('Best, [your name]', {}).fillIns).toBe(1);
    expect(renderTemplate('[your point]{{company}}', { company: 'Acme' }).fillIns).toBe(1);
  });

  it('a closing bracket without an opening one is plain text', () => {
    expect(renderTemplate('See note 2] below.', {}).fillIns).toBe(0);
    expect(renderTemplate('Read [the report](https://r.example) and see note 3] there.', {}).fillIns).toBe(0);
  });

  it('a reference-style link, an image reference and a link whose text starts with a bracket are not fill-ins', () => {
    expect(renderTemplate('See [the report][report link] for more.', {}).fillIns).toBe(0);
    expect(renderTemplate('See ![company logo] below.', {}).fillIns).toBe(0);
    expect(renderTemplate('See [[draft] notes](https://x.example) here.', {}).fillIns).toBe(0);
  });

  it('a rendered template is its pieces in order, each marked by where it came from, none empty', () => {
    const r = renderTemplate('[your point] and {{company}}, then [your close]', { company: 'Acme' });
    expect(r.pieces.map((p) => [p.source, p.text])).toEqual([
      ['fill-in', '[your point]'],
      ['literal', ' and '],
      ['value', 'Acme'],
      ['literal', ', then '],
      ['fill-in', '[your close]'],
    ]);
    expect(renderTemplate('Hello [name].', {}).pieces.map((p) => [p.source, p.text])).toEqual([
      ['literal', 'Hello '],
      ['fill-in', '[name]'],
      ['literal', '.'],
    ]);
  });
});

describe('optional parts', () => {
  it('are numbered from 0 in the order of the template', () => {
    const r = renderTemplate('A.{{#optional}} B.{{/optional}} C.{{#optional}} D.{{/optional}}', {});
    expect(r.pieces.map((p) => [p.text, p.optional])).toEqual([
      ['A.', null],
      [' B.', 0],
      [' C.', null],
      [' D.', 1],
    ]);
  });

  it('a part inside another belongs to the outer one, so a fill-in in it leaves out the whole outer part', () => {
    const template = 'Hi.{{#optional}} B.{{#optional}} C.{{/optional}} {{missing}}{{/optional}} End.';
    expect(renderTemplate(template, {}).pieces.map((p) => p.optional)).toEqual([null, 0, 0, 0, 0, null]);
    expect(fitToLimit(renderTemplate(template, {}).pieces, 300).text).toBe('Hi. End.');
  });

  it('a stray closing marker does not stop a later part from being optional', () => {
    const r = renderTemplate('A.{{/optional}} B.{{#optional}} {{missing}}{{/optional}}', {});
    expect(fitToLimit(r.pieces, 300).text).toBe('A. B.');
  });
});

describe('the subject line of a template', () => {
  it('is found with old Mac line ends, and after a byte order mark', () => {
    expect(splitSubject('Subject: Hi\rBody')).toEqual({ subject: 'Hi', body: 'Body' });
    expect(splitSubject('\uFEFFSubject: Hi\nBody')).toEqual({ subject: 'Hi', body: 'Body' });
  });

  it('a zero-width no-break space inside the text is kept', () => {
    expect(splitSubject('Subject: Hi\nWord\uFEFFjoined').body).toBe('Word\uFEFFjoined');
  });

  it('may be indented, have spaces before its colon or none after it, and may be the only line', () => {
    expect(splitSubject('  Subject: Hi\nBody').subject).toBe('Hi');
    expect(splitSubject('Subject : Hi\nBody').subject).toBe('Hi');
    expect(splitSubject('Subject:Hi\nBody').subject).toBe('Hi');
    expect(splitSubject('Subject: Hi')).toEqual({ subject: 'Hi', body: '' });
  });

  it('a line that only ends in "subject:" is not one', () => {
    expect(splitSubject('Resubject: Hi\nBody').subject).toBeNull();
    expect(splitSubject('Subjects: Hi\nBody').subject).toBeNull();
  });
});

describe('blank lines around a draft', () => {
  it('every blank line at either end goes, the lines of the text stay', () => {
    const draft = withTemplate('  \n\n\nHello {{company}},\nAlex\n\n \n');
    expect(draft.body).toBe('Hello Northwind Traders,\nAlex');
  });

  it('a single line end at the end goes too, and a short first or last line stays', () => {
    expect(withTemplate('Hi\nthere\n').body).toBe('Hi\nthere');
    expect(withTemplate('Hi\nthere\n   ').body).toBe('Hi\nthere');
  });
});

describe('the next step in words', () => {
  it('after a round that leads to another, it looks forward to the next round', () => {
    const note: InterviewNote = { ...ADVENTURE_WORKS, status: 'next-round', promisedDate: null };
    expect(nextStepOf(note, d('2026-11-18'))).toBe('I look forward to hearing from you about the next round.');
    expect(nextStepOf({ ...note, status: 'waiting' }, d('2026-11-18'))).toBe('I look forward to hearing from you about the next step.');
  });

  it('a draft written before 1970 without a promised day still promises nothing by a day', () => {
    const note: InterviewNote = { ...ADVENTURE_WORKS, date: d('1969-12-20'), promisedDate: null, followUpBy: null, deliverable: 'my portfolio' };
    expect(nextStepOf(note, d('1969-12-22'))).toBe('As promised, I will send you my portfolio shortly. I look forward to hearing from you about the next step.');
  });
});

describe('the earlier status inquiries in words', () => {
  const asked = (...days: string[]): InterviewNote => ({ ...ADVENTURE_WORKS, inquiries: days.map(d) });

  it('none: a fill-in', () => {
    expect(withTemplate('On {{earlier_inquiries}}.', asked()).body).toBe('On [the days you wrote to ask].');
  });

  it('one: that day', () => {
    expect(withTemplate('On {{earlier_inquiries}}.', asked('2026-11-26')).body).toBe('On Thursday, November 26.');
  });

  it('two: the first, and again the second', () => {
    expect(withTemplate('On {{earlier_inquiries}}.', asked('2026-11-26', '2026-12-03')).body).toBe(
      'On Thursday, November 26, and again on Thursday, December 3.',
    );
  });

  it('three: each day on its own, the last after "and"', () => {
    expect(withTemplate('On {{earlier_inquiries}}.', asked('2026-11-26', '2026-12-03', '2026-12-08')).body).toBe(
      'On Thursday, November 26, on Thursday, December 3, and on Tuesday, December 8.',
    );
  });

  it('in the order they were sent, whatever order the note lists them in', () => {
    const draft = withTemplate('{{earlier_inquiries}} / {{earlier_inquiry}}', asked('2026-12-08', '2026-11-26', '2026-12-03'));
    expect(draft.body).toBe('Thursday, November 26, on Thursday, December 3, and on Tuesday, December 8 / Tuesday, December 8');
  });

  it('an inquiry on the interview\'s own day and one sent today count', () => {
    const note = asked('2026-11-17', '2026-12-10');
    expect(inquiriesSent(note, d('2026-12-10'))).toEqual([d('2026-11-17'), d('2026-12-10')]);
    expect(withTemplate('{{earlier_inquiries}}', note).body).toBe('Tuesday, November 17, and again on Thursday, December 10');
  });
});

describe('who may call a reference', () => {
  const values = (interviewers: ReturnType<typeof person>[]) =>
    templateValues({ note: NORTHWIND_FINAL, recipient: null, interviewers, sender: SENDER, today: d('2026-11-23') });

  it('each number with its interviewer\'s name, when several interviewers have one', () => {
    const pat = person('Pat Jones', { phone: '+1 555 0101' });
    const sam = person('Sam Rivera', { phone: '+1 555 0100' });
    expect(values([pat, sam]).get('caller_phone')).toBe('Pat Jones: +1 555 0101; Sam Rivera: +1 555 0100');
  });

  it('no number when none of several interviewers has one', () => {
    expect(values([person('Pat Jones'), person('Sam Rivera')]).get('caller_phone')).toBeNull();
    expect(withTemplate('Call from {{caller_phone}}.', NORTHWIND_FINAL, '2026-12-10', { interviewers: [person('Pat Jones'), person('Sam Rivera')] }).body).toBe(
      'Call from [the number they may call from].',
    );
  });

  it('an interviewer without a name is not named', () => {
    expect(values([person(''), person('Sam Rivera')]).get('caller')).toBe('Sam Rivera');
    expect(values([person('  '), person('Pat Jones'), person('Sam Rivera')]).get('interviewers')).toBe('Pat Jones and Sam Rivera');
  });
});

describe('the reader and the interview in a template', () => {
  it('the reader\'s full name', () => {
    expect(withTemplate('To {{recipient_name}}.').body).toBe('To Pat Jones.');
  });

  it('a note without a day: when you met and the day of the interview are fill-ins, and a thank-you is not late', () => {
    const note: InterviewNote = { ...NORTHWIND_FINAL, date: null };
    expect(withTemplate('We met {{interview_when}}.', note).body).toBe('We met [when you met].');
    const thanks = renderDraft({ kind: 'thank-you', note, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-12-10') });
    expect(thanks.variant).toBeNull();
    expect(thanks.templateName).toBe('thank-you');
  });
});
