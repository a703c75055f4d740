import { addBusinessDays as dateFnsAddBusinessDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar, dayOfValue, formatDay, parseDay, partsOfDay, weekdayOf } from '../../src/engine/dates';
import { d } from '../helpers';

describe('parseDay', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026-11-20T14:30', '2026-11-20'],
    ['2026-11-20T14:30:59', '2026-11-20'],
    ['2026-11-20T14:30:59.123', '2026-11-20'],
    ['2026-11-20 14:30', '2026-11-20'],
    ['2026-11-20T23:30-08:00', '2026-11-20'],
    ['2026-11-20T00:30+14:00', '2026-11-20'],
    ['2026-11-20T20:00:00Z', '2026-11-20'],
    ['2026-11-20 08:15:00.5+0530', '2026-11-20'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('reads %s as the day written, %s', (text, day) => {
    const parsed = parseDay(text);
    expect(parsed).not.toBeNull();
    expect(formatDay(parsed as number)).toBe(day);
  });

  it.each([
    'Dec 1st',
    'next Friday',
    '2026-13-01',
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '0000-00-00',
    '2026-11-20T25:99',
    '2026-11-20T24:00',
    '2026-11-20T12:60',
    '2026-11-20T12:00:60',
    '20261120',
    '2026/11/20',
    '26-11-20',
    '2026-11-20T',
    '2026-11-20T14',
    '2026-11-20 and more',
    '',
  ])('rejects %j', (text) => {
    expect(parseDay(text)).toBeNull();
  });

  it('keeps the calendar day of a Date made from a plain YAML date, in any time zone', () => {
    expect(formatDay(dayOfValue(new Date(Date.UTC(2026, 10, 20))) as number)).toBe('2026-11-20');
  });

  it('is not a date when the value is a number or a list', () => {
    expect(dayOfValue(20261120)).toBeNull();
    expect(dayOfValue(['2026-11-20'])).toBeNull();
  });

  it('round-trips every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: d('1900-01-01'), max: d('2299-12-31') }), (day) => {
        expect(parseDay(formatDay(day))).toBe(day);
        const p = partsOfDay(day);
        expect(weekdayOf(day)).toBe(p.weekday);
      }),
    );
  });
});

describe('business days', () => {
  const plain = new BusinessCalendar();

  it('skips the weekend: one business day after a Friday is the Monday', () => {
    expect(formatDay(plain.addBusinessDays(d('2026-11-27'), 1))).toBe('2026-11-30');
  });

  it('from a Saturday or a Sunday, one business day after is the Monday', () => {
    expect(formatDay(plain.addBusinessDays(d('2026-11-28'), 1))).toBe('2026-11-30');
    expect(formatDay(plain.addBusinessDays(d('2026-11-29'), 1))).toBe('2026-11-30');
  });

  it('five business days after a Wednesday is the next Wednesday', () => {
    expect(formatDay(plain.addBusinessDays(d('2026-11-25'), 5))).toBe('2026-12-02');
  });

  it('skips holidays, and a holiday on a Monday moves the answer to Tuesday', () => {
    const thanksgiving = new BusinessCalendar([d('2026-11-26'), d('2026-11-27')]);
    expect(formatDay(thanksgiving.addBusinessDays(d('2026-11-25'), 1))).toBe('2026-11-30');
    const mondayOff = new BusinessCalendar([d('2026-11-30')]);
    expect(formatDay(mondayOff.addBusinessDays(d('2026-11-27'), 1))).toBe('2026-12-01');
  });

  it('zero business days is the day itself', () => {
    expect(plain.addBusinessDays(d('2026-11-28'), 0)).toBe(d('2026-11-28'));
  });

  it('agrees with date-fns addBusinessDays from every weekday, in any time zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: d('2000-01-01'), max: d('2100-01-01') }), fc.integer({ min: 0, max: 40 }), (day, n) => {
        fc.pre(weekdayOf(day) !== 0 && weekdayOf(day) !== 6);
        const p = partsOfDay(day);
        const local = new Date(p.year, p.month - 1, p.day, 12);
        const expected = dateFnsAddBusinessDays(local, n);
        const got = partsOfDay(plain.addBusinessDays(day, n));
        expect([got.year, got.month, got.day]).toEqual([expected.getFullYear(), expected.getMonth() + 1, expected.getDate()]);
      }),
    );
  });
});
