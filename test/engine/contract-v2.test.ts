import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar, formatDay, parseDay } from '../../src/engine/dates';
import { findFrontmatterBlock } from '../../src/engine/frontmatter-block';
import { readRawNote } from '../../src/engine/raw-note';
import { isInterviewNote } from '../../src/engine/read-note';
import { agendaOf } from './agenda-helpers';
import { d } from '../helpers';

const interview = { type: 'interview', company: 'Acme', position: 'Analyst' };
const lines = (items: Array<{ note: string; kind: string; who: string | null; from: string; due: string; state: string }>) =>
  items.map((i) => `${i.note} ${i.kind}${i.who === null ? '' : ` ${i.who}`} ${i.from}..${i.due} ${i.state}`);

describe('section 1: which notes are interview notes', () => {
  it.each([
    [{ type: 'job-interview' }, true],
    [{ type: 'Interview Record' }, true],
    [{ type: 'interview_notes' }, true],
    [{ type: 'interviewlog' }, true],
    [{ type: ['meeting', '[[Job Interviews]]'] }, true],
    [{ type: [[['Interviews']]] }, true],
    [{ category: 'Interview' }, true],
    [{ categories: ['[[Meetings]]', '[[Interviews]]'] }, true],
    [{ type: 'interview-prep' }, false],
    [{ type: 'interview-questions' }, false],
    [{ categories: ['[[Meetings]]'] }, false],
    [{ tags: ['interviews'], company: 'Acme' }, true],
    [{ tags: ['job-interviews'], employer: 'Acme' }, true],
    [{ tags: 'job-search/interview', interviewers: 'Pat Jones' }, true],
    [{ tags: ['#Interview/Onsite'], panel: ['Pat Jones'] }, true],
    [{ tags: ['interview'] }, false],
    [{ tags: ['interview'], company: '' }, false],
    [{ tags: ['interviewing'], company: 'Acme' }, false],
    [{ type: 'interview', candidate: 'Sam Lee' }, false],
    [{ tags: ['interview'], company: 'Acme', candidate: '[[Sam Lee]]' }, false],
  ])('%j -> %s', (fm, expected) => {
    expect(isInterviewNote('n.md', fm, [])).toBe(expected);
  });

  it('a tag counts with a company or interviewer under the person\'s own property name', () => {
    const fm = { tags: ['interview'], Employer_Name: 'Acme' };
    expect(isInterviewNote('n.md', fm, [])).toBe(false);
    expect(isInterviewNote('n.md', fm, [], { company: 'Employer Name' })).toBe(true);
  });

  it('Interviews is an interview folder by default; a note with a candidate there is still not one', () => {
    const a = agendaOf({ 'Interviews/acme.md': { company: 'Acme', date: '2026-11-20' }, 'Interviews/screen.md': { candidate: 'Sam', date: '2026-11-20' } }, '2026-11-20');
    expect(lines(a.items).filter((l) => l.includes('thank-you'))).toEqual(['Interviews/acme.md thank-you 2026-11-20..2026-11-21 due']);
  });
});

describe('section 1: the frontmatter fence, as Obsidian draws it', () => {
  it.each([
    ['---\ntype: interview\n---\nbody', 'type: interview', true],
    ['\uFEFF---\r\ntype: interview\r\n---\r\nbody', 'type: interview\r', true],
    ['--- \t\ntype: interview\n---  \nbody', 'type: interview', true],
    ['---\n---\nbody', '', true],
    ['---\ntype: interview\n----\nmore\n---\n', 'type: interview\n----\nmore', true],
    ['---\ntype: interview\n...\nbody', 'type: interview\n...\nbody', false],
    ['---\ntype: interview\n', 'type: interview\n', false],
    ['---\ntype: interview\n---', 'type: interview', true],
  ])('%j', (raw, text, closed) => {
    const block = findFrontmatterBlock(raw);
    expect(block?.text).toBe(text);
    expect(block?.closed).toBe(closed);
  });

  it('no fence: a thematic break, text on the first line, or nothing', () => {
    expect(findFrontmatterBlock('----\ntype: interview\n---\n')).toBeNull();
    expect(findFrontmatterBlock('--- note\n---\n')).toBeNull();
    expect(findFrontmatterBlock('# Acme\n---\ntype: interview\n---\n')).toBeNull();
  });

  it('a block that never closes, or that ... closes, is reported where it concerns an interview, never read', () => {
    for (const raw of ['---\ntype: interview\ndate: 2026-11-20\n', '---\ntype: interview\ndate: 2026-11-20\n...\n# Notes\n']) {
      const r = readRawNote(raw);
      expect(r.kind).toBe('unreadable');
      if (r.kind === 'unreadable') {
        expect(r.reportable).toBe(true);
        expect(r.message).toMatch(/no closing --- line/);
        expect(r.message).not.toMatch(/permission/);
      }
    }
    expect(readRawNote('---\ntitle: groceries\n').kind).toBe('skipped');
  });
});

describe('section 2: fields under their aliases', () => {
  it.each([
    ['date', { interview_date: '2026-11-18', date: '2026-11-10' }, '2026-11-18'],
    ['date', { interviewed_on: '2026-11-18', date: '2026-11-10' }, '2026-11-18'],
    ['date', { 'Interview Date': '2026-11-18' }, '2026-11-18'],
    ['date', { 'interview_date:': '2026-11-18' }, '2026-11-18'],
  ])('%s from %j', (_field, fm, day) => {
    const a = agendaOf({ 'a.md': { ...interview, ...fm } }, '2026-11-18');
    expect(a.items.find((i) => i.kind === 'thank-you')?.from).toBe(day);
    expect(a.problems).toEqual([]);
  });

  it('interview_date wins over interviewed_on, which is reported when it differs', () => {
    const a = agendaOf({ 'a.md': { ...interview, interview_date: '2026-11-18', interviewed_on: '2026-11-17' } }, '2026-11-18');
    expect(a.items.find((i) => i.kind === 'thank-you')?.from).toBe('2026-11-18');
    expect(a.problems.map((p) => p.field)).toEqual(['date']);
  });

  it.each([
    [{ company: 'Acme', org: 'Initech' }, 'company'],
    [{ position: 'Analyst', role: 'Engineer' }, 'position'],
    [{ interviewer: 'Pat Jones', people: ['Sam Lee'] }, 'interviewer'],
    [{ promised_date: '2026-11-27', hear_back_by: '2026-11-30' }, 'promised_date'],
  ])('the documented spelling wins over an alias, and the alias is reported: %j', (fm, field) => {
    const a = agendaOf({ 'a.md': { type: 'interview', date: '2026-11-20', ...fm } }, '2026-11-20');
    expect(a.problems.map((p) => p.field)).toEqual([field]);
  });

  it('each alias is read as its field', () => {
    const a = agendaOf(
      {
        'a.md': {
          type: 'interview',
          interview_date: '2026-11-20',
          organisation: 'Acme',
          job_title: 'Analyst',
          interviewed_by: 'Pat Jones and Sam Lee',
          referees: 'Dana Lee; Kim Ng',
          decision_expected: '2026-11-27',
          follow_up_date: '2026-11-24',
        },
      },
      '2026-11-20',
    );
    expect(a.problems).toEqual([]);
    expect(lines(a.items)).toEqual([
      'a.md notify-references 2026-11-20..2026-11-20 due',
      'a.md thank-you Pat Jones 2026-11-20..2026-11-21 due',
      'a.md thank-you Sam Lee 2026-11-20..2026-11-21 due',
      'a.md promised-follow-up 2026-11-24..2026-11-24 waiting',
      'a.md status-inquiry 2026-11-30..2026-12-02 waiting',
    ]);
  });

  it('a person\'s own property name is read first', () => {
    const fm = { type: 'interview', 'Interview Day': '2026-11-20', date: '2026-11-12', company: 'Acme' };
    expect(agendaOf({ 'a.md': fm }, '2026-11-20').items.find((i) => i.kind === 'thank-you')?.from).toBe('2026-11-12');
    const mapped = agendaOf({ 'a.md': fm }, '2026-11-20', { propertyNames: { date: 'Interview Day' } });
    expect(mapped.items.find((i) => i.kind === 'thank-you')?.from).toBe('2026-11-20');
  });

  it('a company link is its note\'s name, so it is one application with the plain name', () => {
    const a = agendaOf(
      {
        'a.md': { type: 'interview', company: '[[Companies/Acme|Acme Corp]]', position: 'Analyst', date: '2026-11-10', thank_you_sent: '2026-11-10' },
        'b.md': { type: 'interview', company: 'acme', position: 'analyst', date: '2026-11-17', thank_you_sent: '2026-11-17' },
        'c.md': { type: 'interview', org: [['Acme']], position: 'Analyst', date: '2026-11-12', thank_you_sent: '2026-11-12' },
      },
      '2026-11-18',
    );
    expect(a.items.filter((i) => i.kind === 'status-inquiry').map((i) => i.note)).toEqual(['b.md']);
  });

  it.each([
    ['Miles Dyson, Sarah Connor', ['Miles Dyson', 'Sarah Connor']],
    ['Pat Jones & Sam Lee', ['Pat Jones', 'Sam Lee']],
    ['Dr. Dana Lee and Kim Ng; Ty Carlson', ['Dr. Dana Lee', 'Kim Ng', 'Ty Carlson']],
    ['Sam Ortiz, Jr., Dana Lee, PhD', ['Dana Lee, PhD', 'Sam Ortiz, Jr.']],
    ['Ana Silva, Ph.D. & Ken Myer III', ['Ana Silva, Ph.D.', 'Ken Myer III']],
    ['Lee Gould, md', ['Lee Gould, md']],
  ])('one text naming several people: %j', (text, names) => {
    const a = agendaOf({ 'a.md': { ...interview, date: '2026-11-20', interviewers: text } }, '2026-11-20');
    expect(a.items.filter((i) => i.kind === 'thank-you').map((i) => i.who)).toEqual(names);
  });

  it('a list item is never split', () => {
    const a = agendaOf({ 'a.md': { ...interview, date: '2026-11-20', interviewers: ['Miles Dyson, Sarah Connor'] } }, '2026-11-20');
    expect(a.items.filter((i) => i.kind === 'thank-you').map((i) => i.who)).toEqual(['Miles Dyson, Sarah Connor']);
  });

  it.each([
    ['applied', 'status-inquiry'],
    ['Interviewing', 'status-inquiry'],
    ['in progress', 'status-inquiry'],
    ['Pending', 'status-inquiry'],
    ['scheduled', 'status-inquiry'],
    ['offered', null],
    ['Hired', null],
    ['ghosted', null],
  ])('status %s', (status, kind) => {
    const a = agendaOf({ 'a.md': { ...interview, date: '2026-11-20', status } }, '2026-11-20');
    expect(a.problems).toEqual([]);
    expect(a.items.find((i) => i.kind === 'status-inquiry')?.kind ?? null).toBe(kind);
  });

  it('ghosted ends every follow-up of the application, done ones included', () => {
    const a = agendaOf({ 'a.md': { ...interview, date: '2026-11-20', thank_you_sent: '2026-11-20', status: 'ghosted' } }, '2026-11-24');
    expect(a.items).toEqual([]);
  });

  it.each([
    ['1899-12-31', null],
    ['1900-01-01', '1900-01-01'],
    ['2999-12-31', '2999-12-31'],
    ['3000-01-01', null],
    ['2026-11-20T10:00+14:00', '2026-11-20'],
    ['2026-11-20T10:00+14:30', null],
    ['2026-11-20T10:00-12:00', '2026-11-20'],
    ['2026-11-20T10:00-13:00', null],
    ['2026-11-20 10:00:00 +0700', '2026-11-20'],
    ['2026-11-20T10:00+05:60', null],
    ['2026-11-20T25:99', null],
    ['[[2026-11-20]]', '2026-11-20'],
    ['[[Daily/2026-11-20|Friday]]', '2026-11-20'],
  ])('date %s', (text, day) => {
    const parsed = parseDay(text) ?? agendaOf({ 'a.md': { ...interview, date: text } }, '2026-11-20').items.find((i) => i.kind === 'thank-you')?.from;
    expect(parsed === undefined ? null : typeof parsed === 'number' ? formatDay(parsed) : parsed).toBe(day);
  });

  it('a promised date before the interview is reported and ignored', () => {
    const a = agendaOf({ 'a.md': { ...interview, date: '2026-11-20', promised_date: '2026-11-13' } }, '2026-11-20');
    expect(a.problems.map((p) => p.field)).toEqual(['promised_date']);
    expect(a.items.find((i) => i.kind === 'status-inquiry')?.from).toBe('2026-11-27');
  });

  it('an inquiry before the interview is reported and not counted', () => {
    const a = agendaOf({ 'a.md': { ...interview, date: '2026-11-20', inquiries: ['2026-11-02', '2026-11-30'] } }, '2026-12-01');
    expect(a.problems.map((p) => p.field)).toEqual(['inquiries']);
    // One inquiry counts: the next one 5 business days after it.
    expect(a.items.find((i) => i.kind === 'status-inquiry')?.from).toBe('2026-12-07');
  });
});

describe('section 4: the status inquiry respects the date they gave', () => {
  it('an early check-in does not bring the next inquiry before the promised date', () => {
    const a = agendaOf({ 'a.md': { ...interview, date: '2026-11-20', promised_date: '2026-12-04', inquiries: ['2026-11-25'] } }, '2026-12-02');
    expect(a.items.find((i) => i.kind === 'status-inquiry')).toMatchObject({ from: '2026-12-07', due: '2026-12-09', state: 'waiting' });
  });

  it('a promised date on a Friday before a holiday Monday', () => {
    const a = agendaOf({ 'a.md': { ...interview, date: '2026-11-20', promised_date: '2026-12-04' } }, '2026-12-02', { holidays: [d('2026-12-07')] });
    expect(a.items.find((i) => i.kind === 'status-inquiry')).toMatchObject({ from: '2026-12-08', due: '2026-12-10' });
  });

  it('spacing 5, 10, 20 business days where the cap allows a fourth', () => {
    const inquiry = (inquiries: string[]) =>
      agendaOf({ 'a.md': { ...interview, date: '2026-10-01', inquiries } }, '2026-10-01', { maxInquiries: 4 }).items.find((i) => i.kind === 'status-inquiry')?.from;
    expect(inquiry(['2026-10-09'])).toBe('2026-10-16');
    expect(inquiry(['2026-10-09', '2026-10-16'])).toBe('2026-10-30');
    expect(inquiry(['2026-10-09', '2026-10-16', '2026-10-30'])).toBe('2026-11-27');
    expect(inquiry(['2026-10-09', '2026-10-16', '2026-10-30', '2026-11-27'])).toBeUndefined();
  });

  it('property: no status inquiry comes on or before the promised date', () => {
    const calendar = new BusinessCalendar();
    const base = d('2026-01-05');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 2 }),
        fc.integer({ min: 0, max: 200 }),
        (iOffset, promisedOffset, inquiryOffsets, todayOffset) => {
          const I = base + iOffset;
          const fm: Record<string, unknown> = { ...interview, date: formatDay(I) };
          if (promisedOffset !== null) fm.promised_date = formatDay(I + promisedOffset);
          fm.inquiries = inquiryOffsets.map((o) => formatDay(I + o));
          const item = agendaOf({ 'a.md': fm }, formatDay(base + todayOffset)).items.find((i) => i.kind === 'status-inquiry');
          if (item === undefined) return;
          const from = d(item.from);
          if (promisedOffset !== null) expect(from).toBeGreaterThan(I + promisedOffset);
          for (const o of inquiryOffsets) expect(from).toBeGreaterThan(I + o);
          expect(from).toBeGreaterThanOrEqual(calendar.addBusinessDays(I, 1));
        },
      ),
    );
  });
});

describe('section 4: lapsing', () => {
  const note = { ...interview, date: '2026-11-16', interviewer: 'Pat Jones', references: ['Dana Lee'] };
  it.each([
    ['2026-12-01', true],
    ['2026-12-02', false],
  ])('a thank-you due on November 17, on %s: listed %s', (today, listed) => {
    const a = agendaOf({ 'a.md': note }, today);
    expect(a.items.some((i) => i.kind === 'thank-you')).toBe(listed);
  });

  it('the heads-up to references lapses 14 days after the interview; a done one stays as history', () => {
    expect(agendaOf({ 'a.md': note }, '2026-11-30').items.some((i) => i.kind === 'notify-references')).toBe(true);
    expect(agendaOf({ 'a.md': note }, '2026-12-01').items.some((i) => i.kind === 'notify-references')).toBe(false);
    const done = agendaOf({ 'a.md': { ...note, references_notified: '2026-11-16', thank_you_sent: '2026-11-16' } }, '2027-03-01');
    expect(done.items.filter((i) => i.state === 'done').map((i) => i.kind)).toEqual(['notify-references', 'thank-you']);
  });

  it('a lapse of 0 never lapses', () => {
    expect(agendaOf({ 'a.md': note }, '2027-06-01', { lapseDays: 0 }).items.some((i) => i.kind === 'thank-you')).toBe(true);
  });

  it('a rejection reply lapses too', () => {
    const rejected = { ...interview, date: '2026-11-02', status: 'rejected', decision_date: '2026-11-09' };
    expect(agendaOf({ 'a.md': rejected }, '2026-11-24').items.map((i) => i.kind)).toEqual(['rejection-reply']);
    expect(agendaOf({ 'a.md': rejected }, '2026-11-25').items).toEqual([]);
  });

  it('a thank-you ends once a later round took place, not while it is only scheduled', () => {
    const first = { ...interview, date: '2026-11-16', interviewer: 'Pat Jones' };
    const scheduled = agendaOf({ 'a.md': first, 'b.md': { ...interview, date: '2026-11-25' } }, '2026-11-20');
    expect(scheduled.items.some((i) => i.kind === 'thank-you' && i.note === 'a.md')).toBe(true);
    const held = agendaOf({ 'a.md': first, 'b.md': { ...interview, date: '2026-11-25' } }, '2026-11-25');
    expect(held.items.some((i) => i.kind === 'thank-you' && i.note === 'a.md')).toBe(false);
  });

  it('a thank-you ends once an inquiry went out', () => {
    const a = agendaOf({ 'a.md': { ...interview, date: '2026-11-16', interviewer: 'Pat Jones', inquiries: ['2026-11-23'] } }, '2026-11-24');
    expect(a.items.map((i) => i.kind)).toEqual(['status-inquiry']);
  });

  it('lapsing counts from the due day before snoozing', () => {
    const a = agendaOf({ 'a.md': { ...note, snoozed_until: '2026-11-30' } }, '2026-12-02');
    expect(a.items.some((i) => i.kind === 'thank-you')).toBe(false);
  });
});

describe('section 4: the end of a search', () => {
  const offer = { type: 'interview', company: 'Relecloud', position: 'Architect', date: '2026-11-24', status: 'offer', decision_date: '2026-12-01', offer_deadline: '2026-12-07' };
  const other = (company: string, extra: Record<string, unknown> = {}) => ({ type: 'interview', company, position: 'Analyst', date: '2026-11-20', thank_you_sent: '2026-11-20', ...extra });

  it('an offer with a deadline: answer by it, and tell the other open applications, a scheduled one included', () => {
    const a = agendaOf({ 'offer.md': offer, 'open.md': other('Globex'), 'later.md': other('Initech', { date: '2026-12-09' }), 'no.md': other('Hooli', { status: 'rejected', rejection_reply_sent: '2026-11-25' }) }, '2026-12-02');
    expect(lines(a.items.filter((i) => i.kind === 'offer-deadline' || i.kind === 'offer-nudge'))).toEqual([
      'later.md offer-nudge 2026-12-01..2026-12-03 due',
      'open.md offer-nudge 2026-12-01..2026-12-03 due',
      'offer.md offer-deadline 2026-12-01..2026-12-07 due',
    ]);
  });

  it('the nudge is due by the deadline when that comes first, and ends once the deadline has passed', () => {
    const soon = { ...offer, offer_deadline: '2026-12-02' };
    expect(agendaOf({ 'offer.md': soon, 'open.md': other('Globex') }, '2026-12-01').items.find((i) => i.kind === 'offer-nudge')?.due).toBe('2026-12-02');
    const after = agendaOf({ 'offer.md': soon, 'open.md': other('Globex') }, '2026-12-03');
    expect(after.items.some((i) => i.kind === 'offer-nudge')).toBe(false);
    expect(after.items.find((i) => i.kind === 'offer-deadline')?.state).toBe('overdue');
  });

  it('two offers with deadlines: the earlier one brings the nudges, and neither offer gets one', () => {
    const second = { ...offer, company: 'Contoso', decision_date: '2026-11-30', offer_deadline: '2026-12-10' };
    const a = agendaOf({ 'a-offer.md': offer, 'b-offer.md': second, 'open.md': other('Globex') }, '2026-12-01');
    expect(lines(a.items.filter((i) => i.kind === 'offer-nudge'))).toEqual(['open.md offer-nudge 2026-11-30..2026-12-02 due']);
  });

  it('an acceptance: withdraw from every other open process, an offer included, which keeps its deadline; the withdrawal replaces a nudge', () => {
    const accepted = { type: 'interview', company: 'Adatum', position: 'Engineer', date: '2026-11-23', status: 'accepted', decision_date: '2026-11-30' };
    const a = agendaOf(
      {
        'accepted.md': accepted,
        'offer.md': { ...offer, decision_date: '2026-11-26', offer_deadline: '2026-12-04' },
        'open.md': other('Globex', { offer_nudge_sent: '2026-11-27' }),
        'closed.md': other('Hooli', { status: 'declined' }),
      },
      '2026-12-02',
    );
    expect(lines(a.items.filter((i) => i.state !== 'done' && i.kind !== 'status-inquiry'))).toEqual([
      'offer.md withdraw 2026-11-30..2026-12-02 due',
      'open.md withdraw 2026-11-30..2026-12-02 due',
      'offer.md offer-deadline 2026-11-26..2026-12-04 due',
    ]);
    expect(a.items.some((i) => i.kind === 'offer-nudge')).toBe(false);
  });

  it('references across the vault are thanked once each, the first spelling in path order', () => {
    const a = agendaOf(
      {
        'a.md': { type: 'interview', company: 'Adatum', position: 'Engineer', date: '2026-11-23', status: 'accepted', decision_date: '2026-11-30', references: ['Ken Myer'] },
        'b.md': other('Globex', { references: 'ken myer, Sara Davis' }),
        'c.md': { type: 'interview', company: 'Hooli', references: 'SARA DAVIS; Lee Gould & Ana Silva' },
      },
      '2026-12-02',
    );
    expect(lines(a.items.filter((i) => i.kind === 'thank-references'))).toEqual([
      'a.md thank-references Ana Silva 2026-11-30..2026-12-07 due',
      'a.md thank-references Ken Myer 2026-11-30..2026-12-07 due',
      'a.md thank-references Lee Gould 2026-11-30..2026-12-07 due',
      'a.md thank-references Sara Davis 2026-11-30..2026-12-07 due',
    ]);
  });

  it('a decision heard on a Saturday: the withdrawal is due two business days later, past a holiday', () => {
    const accepted = { type: 'interview', company: 'Adatum', position: 'Engineer', date: '2026-11-23', status: 'accepted', decision_date: '2026-11-28' };
    const a = agendaOf({ 'a.md': accepted, 'b.md': other('Globex') }, '2026-11-30', { holidays: [d('2026-12-01')] });
    expect(lines(a.items.filter((i) => i.kind === 'withdraw'))).toEqual(['b.md withdraw 2026-11-28..2026-12-02 due']);
  });

  it('a withdrawal already sent is done history, and replaces a nudge sent before it', () => {
    const accepted = { type: 'interview', company: 'Adatum', position: 'Engineer', date: '2026-11-23', status: 'accepted', decision_date: '2026-11-30' };
    const a = agendaOf({ 'a.md': accepted, 'b.md': other('Globex', { offer_nudge_sent: '2026-11-27', withdrawal_sent: '2026-12-01' }) }, '2026-12-02');
    expect(lines(a.items.filter((i) => i.note === 'b.md' && i.kind !== 'status-inquiry'))).toEqual(['b.md thank-you 2026-11-20..2026-11-21 done', 'b.md withdraw 2026-11-30..2026-12-02 done']);
  });

  it('two acceptances: the earlier one gives the withdrawals and the thanks, listed once', () => {
    const acc = (company: string, day: string) => ({ type: 'interview', company, position: 'X', date: '2026-11-20', status: 'accepted', decision_date: day, references: ['Ken Myer'] });
    const a = agendaOf({ 'a.md': acc('Adatum', '2026-11-30'), 'b.md': acc('Bellows', '2026-11-27'), 'c.md': other('Globex') }, '2026-12-01');
    expect(lines(a.items.filter((i) => i.kind === 'thank-references' || i.kind === 'withdraw'))).toEqual([
      'c.md withdraw 2026-11-27..2026-12-01 due',
      'b.md thank-references Ken Myer 2026-11-27..2026-12-04 due',
    ]);
  });
});
