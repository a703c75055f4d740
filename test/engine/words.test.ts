import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsOfDay } from '../../src/engine/dates';
import { dayInWords, dayInWordsWithYear, followUpTitle, shortDay, whenInWords } from '../../src/engine/words';
import { d } from '../helpers';
import { followUp, interviewNote, person } from '../support/follow-up-objects';

describe('dates in words', () => {
  it('write the calendar day, whatever the time zone', () => {
    expect(dayInWords(d('2026-11-27'))).toBe('Friday, November 27');
    expect(dayInWordsWithYear(d('2026-12-02'))).toBe('Wednesday, December 2, 2026');
    expect(shortDay(d('2026-11-30'))).toBe('Mon, Nov 30');
  });

  it('agree with date-fns for every day of two centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: d('1950-01-01'), max: d('2150-12-31') }), (day) => {
        const p = partsOfDay(day);
        const local = new Date(p.year, p.month - 1, p.day, 12);
        expect(dayInWordsWithYear(day)).toBe(format(local, 'EEEE, MMMM d, yyyy'));
        expect(shortDay(day)).toBe(format(local, 'EEE, MMM d'));
      }),
    );
  });
});

describe('dates in words carry the year when it is not this year', () => {
  it('with today given, another year is written out; this year is not', () => {
    expect(dayInWords(d('2027-01-04'), d('2026-12-28'))).toBe('Monday, January 4, 2027');
    expect(dayInWords(d('2025-12-31'), d('2026-01-02'))).toBe('Wednesday, December 31, 2025');
    expect(dayInWords(d('2026-12-31'), d('2026-01-02'))).toBe('Thursday, December 31');
  });

  it('without today, the day alone, as drafts write it', () => {
    expect(dayInWords(d('2027-01-04'))).toBe('Monday, January 4');
  });
});

describe('what to do, for the follow-ups of the end of a search', () => {
  const acme = interviewNote('Interviews/Acme.md', { company: 'Acme', position: 'Data Analyst', status: 'offer', offerDeadline: d('2026-12-11') });
  const globex = interviewNote('Interviews/Globex.md', { company: 'Globex', position: 'Data Analyst' });
  const today = '2026-12-07';

  it('an offer to answer names its deadline', () => {
    const f = followUp({ kind: 'offer-deadline', note: acme, from: '2026-12-04', due: '2026-12-11', today });
    expect(followUpTitle(f)).toBe("Answer Acme's offer by Friday, December 11");
    expect(followUpTitle(f, d('2027-01-02'))).toBe("Answer Acme's offer by Friday, December 11, 2026");
    const jones = interviewNote('J.md', { company: 'Jones & Sons', status: 'offer', offerDeadline: d('2026-12-11') });
    expect(followUpTitle(followUp({ kind: 'offer-deadline', note: jones, from: '2026-12-04', due: '2026-12-11', today }))).toBe("Answer Jones & Sons' offer by Friday, December 11");
  });

  it('telling another employer about an offer names the offer\'s deadline', () => {
    const f = followUp({ kind: 'offer-nudge', note: globex, from: '2026-12-04', due: '2026-12-08', today, source: acme });
    expect(followUpTitle(f)).toBe('Tell Globex you have an offer to answer by Friday, December 11');
    expect(followUpTitle({ ...f, source: null })).toBe('Tell Globex about your offer');
  });

  it('withdraw names the application, or declines its offer when it made one', () => {
    const f = followUp({ kind: 'withdraw', note: globex, from: '2026-12-04', due: '2026-12-08', today, source: acme });
    expect(followUpTitle(f)).toBe('Withdraw from Globex, Data Analyst');
    const offered = interviewNote('Interviews/Initech.md', { company: 'Initech', position: 'Analyst', status: 'verbal-offer' });
    expect(followUpTitle(followUp({ kind: 'withdraw', note: offered, from: '2026-12-04', due: '2026-12-08', today, source: acme }))).toBe("Decline Initech's offer");
    const noPosition = interviewNote('Interviews/Umbrella.md', { company: 'Umbrella' });
    expect(followUpTitle(followUp({ kind: 'withdraw', note: noPosition, from: '2026-12-04', due: '2026-12-08', today }))).toBe('Withdraw from Umbrella');
  });

  it('thanking a reference names the reference', () => {
    const f = followUp({ kind: 'thank-references', note: acme, from: '2026-12-04', due: '2026-12-11', today, person: person('Pat Jones'), source: acme });
    expect(followUpTitle(f)).toBe('Thank your reference Pat Jones');
  });
});

describe('when, in words', () => {
  const acme = interviewNote('Interviews/Acme.md', { company: 'Acme', status: 'offer', offerDeadline: d('2026-12-11') });
  const deadline = (today: string) => whenInWords(followUp({ kind: 'offer-deadline', note: acme, from: '2026-12-04', due: '2026-12-11', today }), d(today));

  it('an offer counts the days left to answer', () => {
    expect(deadline('2026-12-08')).toBe('3 days left to answer');
    expect(deadline('2026-12-10')).toBe('1 day left to answer');
    expect(deadline('2026-12-11')).toBe('last day to answer');
    expect(deadline('2026-12-12')).toBe('deadline passed yesterday');
    expect(deadline('2026-12-14')).toBe('deadline passed 3 days ago');
  });

  it('a ticked checkbox is done with no day; a date is done that day', () => {
    const note = interviewNote('Interviews/Acme.md', { company: 'Acme' });
    const ticked = followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-24', done: true });
    expect([ticked.state, ticked.doneOn]).toEqual(['done', null]);
    expect(whenInWords(ticked, d('2026-11-24'))).toBe('done');
    const dated = followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-24', done: '2026-11-20' });
    expect(whenInWords(dated, d('2026-11-24'))).toBe('done Friday, November 20');
    expect(whenInWords(dated, d('2027-01-04'))).toBe('done Friday, November 20, 2026');
  });

  it('a due day or first day in another year carries it', () => {
    const note = interviewNote('Interviews/Acme.md', { company: 'Acme' });
    const waiting = followUp({ kind: 'status-inquiry', note, from: '2027-01-04', due: '2027-01-06', today: '2026-12-28' });
    expect(whenInWords(waiting, d('2026-12-28'))).toBe('from Monday, January 4, 2027');
    const due = followUp({ kind: 'status-inquiry', note, from: '2026-12-28', due: '2027-01-06', today: '2026-12-28' });
    expect(whenInWords(due, d('2026-12-28'))).toBe('due by Wednesday, January 6, 2027');
  });
});
