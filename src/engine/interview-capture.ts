import type { Day } from './dates';

/** Someone named in a new note: a name or a `[[link]]` as text, or a name with details (written as a map). */
export type CapturedPerson =
  | string
  | { name: string; honorific?: string | null; email?: string | null; phone?: string | null; prefers?: string | null };

/** What the job seeker tells us right after an interview. */
export interface InterviewCapture {
  company: string;
  position: string;
  date: Day;
  /** `HH:mm`, or null for a date alone. */
  time: string | null;
  interviewers: CapturedPerson[];
  references: CapturedPerson[];
  promisedDate: Day | null;
  contactMethod: string | null;
  finalRound: boolean;
}
