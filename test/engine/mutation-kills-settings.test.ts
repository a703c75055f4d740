import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/engine/dates';
import { isInFolders, normalizeFolder } from '../../src/engine/settings';
import { DEFAULT_STORED_RULE_SETTINGS, propertyNamesOf, readStoredRuleSettings, toRuleSettings } from '../../src/engine/stored-settings';

describe('a folder setting as the vault names it', () => {
  it.each([
    [' Interviews ', 'Interviews'],
    ['Job Search\\Interviews', 'Job Search/Interviews'],
    ['./Interviews', 'Interviews'],
    ['././Interviews', 'Interviews'],
    ['/Interviews/', 'Interviews'],
    ['//Interviews//', 'Interviews'],
    ['Job Search/Interviews', 'Job Search/Interviews'],
    ['Job Search/./Interviews', 'Job Search/./Interviews'],
    ['Work/2026/', 'Work/2026'],
  ])('%j is the folder %j', (given, folder) => {
    expect(normalizeFolder(given)).toBe(folder);
  });
});

describe('which notes are in the interview folders', () => {
  it('a note in the folder or below it is in; a folder that only starts with the same letters is not', () => {
    expect(isInFolders('Interviews/Acme.md', ['Interviews'])).toBe(true);
    expect(isInFolders('Interviews/2026/Acme.md', ['Interviews/'])).toBe(true);
    expect(isInFolders('Interviews Old/Acme.md', ['Interviews'])).toBe(false);
    expect(isInFolders('InterviewsOld/Acme.md', ['Interviews'])).toBe(false);
    expect(isInFolders('Acme.md', ['Interviews'])).toBe(false);
  });

  it('any of several folders counts', () => {
    expect(isInFolders('Calls/Acme.md', ['Interviews', 'Calls'])).toBe(true);
    expect(isInFolders('Other/Acme.md', ['Interviews', 'Calls'])).toBe(false);
  });

  it('the vault itself (an empty folder, `.`, `./` or `/`) holds every note', () => {
    for (const all of [[''], ['.'], ['./'], ['/'], ['Interviews', '.']]) {
      expect(isInFolders('Anywhere/Acme.md', all)).toBe(true);
    }
  });

  it('no folder at all holds no note, even right after the whole vault was asked about', () => {
    expect(isInFolders('Acme.md', [''])).toBe(true);
    expect(isInFolders('Acme.md', [])).toBe(false);
  });

  it('a changed folder list is read afresh, also when the same words are split differently', () => {
    expect(isInFolders('a/Acme.md', ['ab'])).toBe(false);
    expect(isInFolders('a/Acme.md', ['a', 'b'])).toBe(true);
    const folders = ['Interviews'];
    expect(isInFolders('Calls/Acme.md', folders)).toBe(false);
    folders[0] = 'Calls';
    expect(isInFolders('Calls/Acme.md', folders)).toBe(true);
    expect(isInFolders('Interviews/Acme.md', ['Interviews'])).toBe(true);
  });
});

describe('saved settings read back', () => {
  it('nothing saved yet (no data, null, text) gives every default', () => {
    for (const data of [undefined, null, 'settings', 12, {}]) {
      expect(readStoredRuleSettings(data)).toEqual({
        interviewFolders: ['Interviews'],
        holidays: [],
        inquiryDaysAfterInterview: 5,
        inquiryDaysAfterPromisedDate: 1,
        inquiryWindowDays: 2,
        maxInquiries: 3,
        rejectionReply: true,
        lapseDays: 14,
        propertyNames: {},
      });
    }
  });

  it('every saved value is read back as it was saved', () => {
    const saved = {
      interviewFolders: ['Calls', 'Job Search/Interviews'],
      holidays: ['2026-12-25', '2027-01-01'],
      inquiryDaysAfterInterview: 7,
      inquiryDaysAfterPromisedDate: 3,
      inquiryWindowDays: 4,
      maxInquiries: 6,
      rejectionReply: false,
      lapseDays: 30,
      propertyNames: { date: 'Interview Day' },
    };
    expect(readStoredRuleSettings(saved)).toEqual(saved);
  });

  it('a saved empty folder list stays empty; a folder list that is not a list takes the default', () => {
    expect(readStoredRuleSettings({ interviewFolders: [] }).interviewFolders).toEqual([]);
    expect(readStoredRuleSettings({ interviewFolders: 'Calls' }).interviewFolders).toEqual(['Interviews']);
  });

  it('blank folders and folders that are not text are dropped', () => {
    expect(readStoredRuleSettings({ interviewFolders: ['Calls', '', '  ', 3, null, 'Interviews'] }).interviewFolders).toEqual(['Calls', 'Interviews']);
  });

  it('the default folder list handed out is a copy: changing it changes no later default', () => {
    const first = readStoredRuleSettings({});
    first.interviewFolders.push('Calls');
    expect(readStoredRuleSettings({}).interviewFolders).toEqual(['Interviews']);
    expect(DEFAULT_STORED_RULE_SETTINGS.interviewFolders).toEqual(['Interviews']);
  });

  it('only real days are kept as holidays', () => {
    expect(readStoredRuleSettings({ holidays: ['2026-12-25', 'Christmas', '', '2026-13-01', 20261225, '2027-01-01'] }).holidays).toEqual(['2026-12-25', '2027-01-01']);
    expect(readStoredRuleSettings({ holidays: '2026-12-25' }).holidays).toEqual([]);
  });

  const numbers = [
    ['inquiryDaysAfterInterview', 5, 365],
    ['inquiryDaysAfterPromisedDate', 1, 365],
    ['inquiryWindowDays', 2, 365],
    ['maxInquiries', 3, 100],
    ['lapseDays', 14, 3650],
  ] as const;

  it.each(numbers)('%s keeps a whole number from 0 to its largest (%i by default, at most %i)', (name, fallback, max) => {
    const read = (value: unknown): unknown => readStoredRuleSettings({ [name]: value })[name];
    expect(read(0)).toBe(0);
    expect(read(1)).toBe(1);
    expect(read(max)).toBe(max);
    expect(read(max - 1)).toBe(max - 1);
    expect(read(max + 1)).toBe(fallback);
    expect(read(-1)).toBe(fallback);
    expect(read(2.5)).toBe(fallback);
    expect(read('4')).toBe(fallback);
    expect(read(Number.NaN)).toBe(fallback);
    expect(read(null)).toBe(fallback);
  });

  it('the rejection reply setting is a yes or no; anything else means yes', () => {
    expect(readStoredRuleSettings({ rejectionReply: false }).rejectionReply).toBe(false);
    expect(readStoredRuleSettings({ rejectionReply: true }).rejectionReply).toBe(true);
    expect(readStoredRuleSettings({ rejectionReply: 'false' }).rejectionReply).toBe(true);
    expect(readStoredRuleSettings({ rejectionReply: 0 }).rejectionReply).toBe(true);
  });
});

describe('a person’s own property names, as saved', () => {
  it('text names are kept, trimmed; blank ones and names that are not text are dropped', () => {
    expect(propertyNamesOf({ date: '  Interview Day ', company: '', position: '   ', status: 3, interviewer: null, round: 'Stage' })).toEqual({
      date: 'Interview Day',
      round: 'Stage',
    });
  });

  it('a mapping that is not a set of names is no mapping', () => {
    for (const value of [null, undefined, 'date', 7, ['Interview Day'], [['date', 'Interview Day']]]) {
      expect(propertyNamesOf(value)).toEqual({});
    }
  });

  it('the saved settings carry the mapping', () => {
    expect(readStoredRuleSettings({ propertyNames: { date: ' Interview Day' } }).propertyNames).toEqual({ date: 'Interview Day' });
    expect(readStoredRuleSettings({ propertyNames: ['Interview Day'] }).propertyNames).toEqual({});
  });
});

describe('the rules’ settings from the saved ones', () => {
  it('holidays become days, and what cannot be a day is left out', () => {
    const stored = { ...readStoredRuleSettings({}), holidays: ['2026-12-25', 'someday', '2027-01-01'] };
    const rules = toRuleSettings(stored);
    expect(rules.holidays.map(formatDay)).toEqual(['2026-12-25', '2027-01-01']);
  });

  it('every other setting is passed on as saved', () => {
    const stored = readStoredRuleSettings({
      interviewFolders: ['Calls'],
      inquiryDaysAfterInterview: 7,
      inquiryDaysAfterPromisedDate: 3,
      inquiryWindowDays: 4,
      maxInquiries: 6,
      rejectionReply: false,
      lapseDays: 0,
      propertyNames: { date: 'Interview Day' },
    });
    const { holidays, ...rest } = toRuleSettings(stored);
    expect(holidays).toEqual([]);
    expect(rest).toEqual({
      interviewFolders: ['Calls'],
      inquiryDaysAfterInterview: 7,
      inquiryDaysAfterPromisedDate: 3,
      inquiryWindowDays: 4,
      maxInquiries: 6,
      rejectionReply: false,
      lapseDays: 0,
      propertyNames: { date: 'Interview Day' },
    });
  });

  it('changing the rules’ folders or names leaves the saved settings as they were', () => {
    const stored = readStoredRuleSettings({ interviewFolders: ['Calls'], propertyNames: { date: 'Interview Day' } });
    const rules = toRuleSettings(stored);
    rules.interviewFolders.push('Interviews');
    (rules.propertyNames as Record<string, string>).company = 'Employer';
    expect(stored.interviewFolders).toEqual(['Calls']);
    expect(stored.propertyNames).toEqual({ date: 'Interview Day' });
  });
});
