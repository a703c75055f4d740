import type { Day } from './dates';

/** What the rules depend on that the user may change (contract section 4). */
export interface RuleSettings {
  /** Folders whose notes are interview notes, paths inside the vault. */
  interviewFolders: string[];
  /** Days that are not business days besides weekends. */
  holidays: Day[];
  /** Business days after the interview before the first status inquiry. */
  inquiryDaysAfterInterview: number;
  /** Business days after the promised date before a status inquiry. */
  inquiryDaysAfterPromisedDate: number;
  /** Business days a status inquiry stays due. */
  inquiryWindowDays: number;
  /** Status inquiries after which the plugin stops suggesting another. */
  maxInquiries: number;
  /** Suggest a gracious reply to a rejection. */
  rejectionReply: boolean;
  /** Calendar days past its due day after which an undone thank-you, heads-up or rejection reply ends; 0: never. */
  lapseDays: number;
  /** A person's own property name for a documented field (`date` -> `Interview Day`), read first and written to. */
  propertyNames: Readonly<Record<string, string>>;
}

export const DEFAULT_RULE_SETTINGS: Readonly<RuleSettings> = Object.freeze({
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

/** A folder path as the vault names it: `/` separators, no leading `./` or trailing `/`. */
export function normalizeFolder(folder: string): string {
  return folder
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+|\/+$/g, '');
}

/** The last folder list's prefixes (`Interviews/`), worked out once: every note of the vault is tested against the same list. */
let lastFolders: { key: string; prefixes: readonly string[] | 'all' } | null = null;

function prefixesOf(folders: readonly string[]): readonly string[] | 'all' {
  // Keyed by the folders' text, so a list changed in place is never read stale.
  const key = folders.join('\u0000');
  if (lastFolders?.key !== key) {
    const normal = folders.map(normalizeFolder);
    lastFolders = { key, prefixes: normal.some((f) => f === '' || f === '.') ? 'all' : normal.map((f) => `${f}/`) };
  }
  return lastFolders.prefixes;
}

export function isInFolders(path: string, folders: readonly string[]): boolean {
  if (folders.length === 0) return false;
  const prefixes = prefixesOf(folders);
  if (prefixes === 'all') return true;
  for (const prefix of prefixes) if (path.startsWith(prefix)) return true;
  return false;
}
