import { parseDay, type Day } from './dates';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './settings';

/**
 * The rule settings as the plugin saves them in its `data.json` (holidays as
 * `YYYY-MM-DD` text), read by the plugin and by the command-line tool alike,
 * so that the sidebar and the command line agree.
 */
export interface StoredRuleSettings {
  interviewFolders: string[];
  holidays: string[];
  inquiryDaysAfterInterview: number;
  inquiryDaysAfterPromisedDate: number;
  inquiryWindowDays: number;
  maxInquiries: number;
  rejectionReply: boolean;
  lapseDays: number;
  /** Documented field -> the person's own property name. */
  propertyNames: Record<string, string>;
}

export const DEFAULT_STORED_RULE_SETTINGS: Readonly<StoredRuleSettings> = Object.freeze({
  ...DEFAULT_RULE_SETTINGS,
  interviewFolders: ['Interviews'],
  holidays: [],
  propertyNames: {},
});

function wholeNumber(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

/** Saved settings, whatever their state: a missing or wrong value takes its default. */
export function readStoredRuleSettings(data: unknown): StoredRuleSettings {
  const d = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const def = DEFAULT_STORED_RULE_SETTINGS;
  return {
    // Never saved (no data.json yet): the default folder; saved, the person's own list.
    interviewFolders: Array.isArray(d.interviewFolders) ? strings(d.interviewFolders) : [...def.interviewFolders],
    holidays: strings(d.holidays).filter((h) => parseDay(h) !== null),
    inquiryDaysAfterInterview: wholeNumber(d.inquiryDaysAfterInterview, def.inquiryDaysAfterInterview, 0, 365),
    inquiryDaysAfterPromisedDate: wholeNumber(d.inquiryDaysAfterPromisedDate, def.inquiryDaysAfterPromisedDate, 0, 365),
    inquiryWindowDays: wholeNumber(d.inquiryWindowDays, def.inquiryWindowDays, 0, 365),
    maxInquiries: wholeNumber(d.maxInquiries, def.maxInquiries, 0, 100),
    rejectionReply: typeof d.rejectionReply === 'boolean' ? d.rejectionReply : def.rejectionReply,
    lapseDays: wholeNumber(d.lapseDays, def.lapseDays, 0, 3650),
    propertyNames: propertyNamesOf(d.propertyNames),
  };
}

/** The saved field mapping: text values under text keys, empty ones dropped. */
export function propertyNamesOf(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [field, name] of Object.entries(value as Record<string, unknown>)) {
    if (typeof name === 'string' && name.trim() !== '') out[field] = name.trim();
  }
  return out;
}

export function toRuleSettings(stored: StoredRuleSettings): RuleSettings {
  return {
    ...stored,
    interviewFolders: [...stored.interviewFolders],
    propertyNames: { ...stored.propertyNames },
    holidays: stored.holidays.map(parseDay).filter((d): d is Day => d !== null),
  };
}
