import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsOfDay } from '../../src/engine/dates';
import { dayInWords, dayInWordsWithYear, shortDay } from '../../src/engine/words';
import { d } from '../helpers';

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
