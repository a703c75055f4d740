import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateProblemMessage, readWrittenDate, suggestDate } from '../../src/engine/date-suggestions';
import { d } from '../helpers';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('suggestDate: a date written another way suggests that same day', () => {
  it.each([
    ['Nov 20, 2026', ['2026-11-20']],
    ['Nov. 20, 2026', ['2026-11-20']],
    ['November 20 2026', ['2026-11-20']],
    ['november 20th, 2026', ['2026-11-20']],
    ['20 November 2026', ['2026-11-20']],
    ['20 Nov 2026', ['2026-11-20']],
    ['20th of November, 2026', ['2026-11-20']],
    ['20-Nov-2026', ['2026-11-20']],
    ['2026 Nov 20', ['2026-11-20']],
    ['2026/11/20', ['2026-11-20']],
    ['2026.11.20', ['2026-11-20']],
    ['2026/1/5', ['2026-01-05']],
    ['11/20/2026', ['2026-11-20']],
    ['20/11/2026', ['2026-11-20']],
    ['20.11.2026', ['2026-11-20']],
    ['20-11-2026', ['2026-11-20']],
    ['2026-11-20 at 3pm', ['2026-11-20']],
    ['2026-11-20, 10:30 AM', ['2026-11-20']],
    ['Friday, November 20, 2026', ['2026-11-20']],
    ['Fri 20 Nov 2026 14:00', ['2026-11-20']],
    ['Sept. 3rd, 2026', ['2026-09-03']],
    ['20261120', ['2026-11-20']],
    ['Feb 29, 2028', ['2028-02-29']],
  ])('%s -> %j', (text, expected) => {
    expect(suggestDate(text)).toEqual(expected);
  });

  it('offers both days, day first then month first, when day and month could be either', () => {
    expect(suggestDate('05/11/2026')).toEqual(['2026-11-05', '2026-05-11']);
    expect(suggestDate('5.11.2026')).toEqual(['2026-11-05', '2026-05-11']);
    expect(suggestDate('03-04-2027')).toEqual(['2027-04-03', '2027-03-04']);
  });

  it('offers one day when both readings are the same day', () => {
    expect(suggestDate('07/07/2026')).toEqual(['2026-07-07']);
  });

  it('lets a written weekday choose between the two readings', () => {
    // 5 November 2026 is a Thursday; May 11, 2026 is a Monday.
    expect(suggestDate('Thu 05/11/2026')).toEqual(['2026-11-05']);
    expect(suggestDate('Monday 05/11/2026')).toEqual(['2026-05-11']);
    // A weekday that fits neither reading leaves the choice to the person.
    expect(suggestDate('Sunday 05/11/2026')).toEqual(['2026-11-05', '2026-05-11']);
  });

  it.each([
    ['2026-02-30'],
    ['Feb 29, 2027'],
    ['31/04/2026'],
    ['13/13/2026'],
    ['2026/00/10'],
    ['Nov 31, 2026'],
  ])('suggests nothing for the impossible date %s', (text) => {
    expect(suggestDate(text)).toEqual([]);
  });

  it.each([['3026-11-20'], ['Nov 20, 1899'], ['20/11/3026']])('suggests nothing for %s, whose year is out of range', (text) => {
    expect(suggestDate(text)).toEqual([]);
  });

  it.each([
    ['Nov 20'],
    ['20 November'],
    ['11/20/26'],
    ['20.11.26'],
    ['today'],
    ['yesterday'],
    ['Friday'],
    ['next Friday at 3pm'],
    ['3pm'],
    ['TBD'],
    [''],
    ['Nov 20, 2026 or Nov 24, 2026'],
  ])('never completes %j from today: no suggestion', (text) => {
    const today = d('2026-11-20');
    expect(suggestDate(text, today)).toEqual([]);
  });

  it("suggests today's date when the text writes it", () => {
    expect(suggestDate('Nov 20, 2026', d('2026-11-20'))).toEqual(['2026-11-20']);
    expect(suggestDate('11/20/2026', d('2026-11-20'))).toEqual(['2026-11-20']);
  });

  it('suggests, for every real day in range, the same day from each way of writing it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }), fc.integer({ min: -40000, max: 40000 }), (date, todayOffset) => {
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth() + 1;
        const day = date.getUTCDate();
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const name = MONTHS[m - 1] ?? '';
        const today = d(iso) + todayOffset;
        for (const text of [`${name} ${day}, ${y}`, `${day} ${name.slice(0, 3)} ${y}`, `${y}/${m}/${day}`, `${iso} at 3pm`]) {
          expect(suggestDate(text, today)).toEqual([iso]);
        }
        const both = suggestDate(`${day}/${m}/${y}`, today);
        expect(both[0]).toBe(iso);
        expect(both.length).toBe(day <= 12 && day !== m ? 2 : 1);
      }),
    );
  });
});

describe('readWrittenDate: why a whole date is not one', () => {
  it.each([
    ['2026-02-30', { kind: 'impossible', reason: 'February 2026 has 28 days', part: 'day' }],
    ['2028-02-30', { kind: 'impossible', reason: 'February 2028 has 29 days', part: 'day' }],
    ['Nov 31, 2026', { kind: 'impossible', reason: 'November has 30 days', part: 'day' }],
    ['2026-13-01', { kind: 'impossible', reason: 'there is no month 13', part: 'month' }],
    ['3026-11-20', { kind: 'year-out-of-range', year: 3026 }],
    ['Nov 20', { kind: 'no-full-year' }],
    ['11/20/26', { kind: 'no-full-year' }],
    ['soon', { kind: 'none' }],
  ])('%s', (text, expected) => {
    expect(readWrittenDate(text)).toEqual(expected);
  });
});

describe('dateProblemMessage: one plain sentence saying what to write', () => {
  it.each<[string, unknown, string]>([
    ['date', 'Nov 20, 2026', "date: 'Nov 20, 2026' is not a date; use 2026-11-20"],
    ['date', '27/11/2026', "date: '27/11/2026' is not a date; use 2026-11-27"],
    ['promised_date', '11/20/2026', "promised_date: '11/20/2026' is not a date; use 2026-11-20"],
    ['date', '05/11/2026', "date: '05/11/2026' is not a date; use 2026-11-05 (5 November) or 2026-05-11 (May 11)"],
    ['date', 20261120, 'date: 20261120 is not a date; use 2026-11-20'],
    ['date', 'soon', "date: 'soon' is not a date; write it as YYYY-MM-DD"],
    ['date', true, 'date: true is not a date; write it as YYYY-MM-DD'],
    ['date', 'Nov 20', "date: 'Nov 20' is not a date, as its year is missing or short; write it as YYYY-MM-DD with the year in full"],
    ['date', '3026-11-20', "date: '3026-11-20' is not a date, as the year 3026 is out of range (1900 to 2999); write it as YYYY-MM-DD"],
    ['date', '2026-02-30', "date: '2026-02-30' is not a date, as February 2026 has 28 days; check the day"],
    ['date', '2026-13-01', "date: '2026-13-01' is not a date, as there is no month 13; check the month"],
    ['date', 'Nov 20, 2026 or Nov 24, 2026', "date: 'Nov 20, 2026 or Nov 24, 2026' is not a date, as it holds more than one date; give one date, written YYYY-MM-DD"],
    ['date', ['2026-11-20', '2026-11-24'], 'date: a list is not a date; give one date, such as 2026-11-20'],
    ['date', ['Nov 20, 2026'], 'date: a list is not a date; give one date, such as 2026-11-20'],
    ['date', ['soon'], 'date: a list is not a date; give one date, written YYYY-MM-DD'],
    ['date', { day: '2026-11-20' }, 'date: a map is not a date; give one date, such as 2026-11-20'],
    ['date', { name: 'Dana' }, 'date: a map is not a date; give one date, written YYYY-MM-DD'],
    ['date', new Date(Date.UTC(3026, 10, 20)), 'date: the year 3026 is out of range (1900 to 2999); write the date as YYYY-MM-DD'],
  ])('%s: %j', (field, value, message) => {
    expect(dateProblemMessage(field, value)).toBe(message);
  });

  it('says a time may follow where the field takes one', () => {
    expect(dateProblemMessage('date', 'soon', 'date-or-time')).toBe("date: 'soon' is not a date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:mm");
  });

  it('says an item of a list of dates is not counted', () => {
    expect(dateProblemMessage('inquiries', 'Dec 1, 2026', 'list-item')).toBe("inquiries: 'Dec 1, 2026' is not a date, so it is not counted; use 2026-12-01");
  });

  it('shortens a long value to one line', () => {
    const message = dateProblemMessage('date', 'sometime\nafter the second round, when the panel has met and decided');
    expect(message).toMatch(/^date: 'sometime after the second round, when t…' is not a date; write it as YYYY-MM-DD$/);
  });

  it("never proposes today's date unless the note wrote it", () => {
    const today = '2026-12-01';
    for (const value of ['soon', 'Dec 1', 'today', ['soon'], { a: 1 }, true, 'Monday']) {
      expect(dateProblemMessage('date', value)).not.toContain(today);
    }
  });
});
