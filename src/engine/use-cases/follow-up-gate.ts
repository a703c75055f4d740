import type { NoteReading } from '../agenda';
import { BusinessCalendar, type Day } from '../dates';
import { FOLLOW_UP_KIND_INFO, type FollowUpKind } from '../follow-up-kinds';
import { groupApplications, isOpen, type Application, type FollowUp } from '../follow-ups';
import type { InterviewNote, Person } from '../interview-note';
import { nameWithoutHonorific } from '../people';
import type { RuleSettings } from '../settings';
import { dayInWords } from '../words';
import { Refusal } from './refusal';
import type { VaultAgenda } from './vault';

/**
 * `draft` and `mark` act only on a follow-up the note has: one the agenda
 * lists for that note (in any state). For any other, they say why in one
 * plain line, and nothing is printed or written.
 */

/** Whether `who`, as typed, names this person: the name as written, or without its honorific, any case. */
export function namesPerson(person: Person | null, who: string): boolean {
  if (person === null) return false;
  const w = who.trim().toLowerCase();
  return person.name.toLowerCase() === w || nameWithoutHonorific(person.name).toLowerCase() === w;
}

/** The interview note at this path, or a refusal saying why it is none. */
export function interviewNoteAt(vault: VaultAgenda, inVault: string): InterviewNote {
  const hidden = inVault.split('/').slice(0, -1).find((part) => part.startsWith('.') || part === 'node_modules');
  if (hidden !== undefined) throw new Refusal(`${inVault} is in the folder ${hidden}, which the agenda does not read; it is not an interview note`);
  const reading: NoteReading | undefined = vault.readings.find((r) => (r.note?.path ?? r.problems[0]?.note) === inVault);
  if (reading !== undefined && reading.note !== null) return reading.note;
  const unreadable = reading?.problems.find((p) => p.field === null);
  if (unreadable !== undefined) throw new Refusal(`${inVault}: ${unreadable.message}`);
  throw new Refusal(`${inVault} is not an interview note; give it type: interview, a company and a date (tracking the note does that: the track command, or "Track this note as an interview" in Obsidian)`);
}

/** The follow-ups the agenda lists for this note and kind, for one person when `who` is given and the kind is per person. */
export function followUpsOfNote(agenda: VaultAgenda['agenda'], note: InterviewNote, kind: FollowUpKind, who: string | null): FollowUp[] {
  const all = agenda.followUps.filter((f) => f.note.path === note.path && f.kind === kind);
  if (who === null || !FOLLOW_UP_KIND_INFO[kind].perPerson || all.length === 0) return all;
  const chosen = all.filter((f) => namesPerson(f.person, who));
  if (chosen.length === 0) {
    const names = all.map((f) => f.person?.name).filter((n): n is string => n !== undefined);
    const whom = kind === 'thank-you' ? 'thanks' : 'is for';
    throw new Refusal(`${note.path} has no ${kind} follow-up for '${who}': ${names.length > 0 ? `it ${whom} ${names.join(', ')}` : 'it names nobody'}`);
  }
  return chosen;
}

interface Situation {
  note: InterviewNote;
  application: Application;
  applications: Application[];
  agenda: VaultAgenda['agenda'];
  settings: RuleSettings;
  today: Day;
}

const OPEN_OUTCOMES = new Set(['verbal-offer', 'offer']);


/** "its status is rejected", or where the latest round is another note, "its latest round, B.md, has the status rejected". */
function statusWords(s: Situation): string {
  const latest = s.application.latest;
  return latest === s.note ? `its status is ${latest.status}` : `its latest round, ${latest.path}, has the status ${latest.status}`;
}

function notLatest(s: Situation): string | null {
  return s.application.latest === s.note ? null : `it is not the application's latest round; that is ${s.application.latest.path}`;
}

function lapsed(s: Situation, due: Day): string | null {
  const days = s.settings.lapseDays;
  return days > 0 && s.today > due + days ? `it lapsed: it was due on ${dayInWords(due)}, more than ${days} days ago` : null;
}

/** Why rows 1 to 4 (the follow-ups right after an interview) are over for this note, or null. */
function ended(s: Situation): string | null {
  if (s.application.outcome !== null) return `the application has an outcome; ${statusWords(s)}`;
  return null;
}

function thankYouWhy(s: Situation): string {
  const I = s.note.date as Day;
  const later = s.application.notes.find((n) => n.date !== null && n.date > I && n.date <= s.today);
  const inquired = s.application.notes.some((n) => n.inquiries.some((d) => d >= I));
  return (
    ended(s) ??
    (later !== undefined ? `the application has a later interview since (${later.path})` : null) ??
    (inquired ? 'a status inquiry has been sent since, so the moment for it has passed' : null) ??
    lapsed(s, s.note.thankYouMethod === 'handwritten' ? new BusinessCalendar(s.settings.holidays).addBusinessDays(I, 1) : I + 1) ??
    'its moment has passed'
  );
}

function offerElsewhere(s: Situation): Application | undefined {
  return s.applications.find(
    (a) => a !== s.application && a.outcome !== null && OPEN_OUTCOMES.has(a.outcome) && a.latest.offerDeadline !== null && a.latest.offerDeadline >= s.today,
  );
}

function acceptedElsewhere(s: Situation): Application | undefined {
  return s.applications.find((a) => a !== s.application && a.outcome === 'accepted');
}

/** The reason a note has no follow-up of this kind, in plain words. */
function whyNot(kind: FollowUpKind, s: Situation): string {
  const n = s.note;
  const I = n.date as Day;
  const future = `the interview is on ${dayInWords(I)}, after today; its follow-ups begin then`;
  if (I > s.today && kind !== 'offer-nudge' && kind !== 'withdraw') return future;
  switch (kind) {
    case 'thank-you':
      return thankYouWhy(s);
    case 'notify-references':
      if (n.references.length === 0) return 'no references are listed in it';
      return ended(s) ?? lapsed(s, I) ?? 'its moment has passed';
    case 'promised-follow-up':
      if (n.followUpBy === null) return 'it has no follow_up_by date';
      return ended(s) ?? 'its moment has passed';
    case 'status-inquiry': {
      if (s.application.outcome !== null) return `the application has an outcome; ${statusWords(s)}`;
      const later = notLatest(s);
      if (later !== null) return `${later}, which asks instead`;
      if (n.status === 'next-round') return 'its status is next-round: the next round has been arranged';
      if (n.inquiries.length >= s.settings.maxInquiries) return `${n.inquiries.length} inquiries have been sent, the most the settings allow`;
      return 'it has ended';
    }
    case 'written-offer':
      if (n.status !== 'verbal-offer') return `there is no verbal offer; its status is ${n.status}`;
      return 'it has ended';
    case 'rejection-reply':
      if (n.status !== 'rejected') return `it was not rejected; its status is ${n.status}`;
      if (!s.settings.rejectionReply) return 'replies to rejections are turned off in the settings';
      return lapsed(s, I) ?? 'its moment has passed';
    case 'offer-deadline':
      if (s.application.outcome === null || !OPEN_OUTCOMES.has(s.application.outcome)) return `there is no offer to answer; ${statusWords(s)}`;
      return notLatest(s) ?? (n.offerDeadline === null ? 'it has no offer_deadline' : 'it has ended');
    case 'offer-nudge': {
      if (!isOpen(s.application)) return `the application is over; ${statusWords(s)}`;
      if (s.application.outcome !== null) return `this application has an offer itself; ${statusWords(s)}`;
      const later = notLatest(s);
      if (later !== null) return later;
      const accepted = acceptedElsewhere(s);
      if (accepted !== undefined) return `another application was accepted (${accepted.latest.path}): withdraw instead`;
      return offerElsewhere(s) === undefined ? 'no other application has an offer with a deadline still to come' : 'it has ended';
    }
    case 'withdraw': {
      if (!isOpen(s.application)) return `the application is over; ${statusWords(s)}`;
      return notLatest(s) ?? (acceptedElsewhere(s) === undefined ? 'no other application has been accepted' : 'it has ended');
    }
    case 'thank-references': {
      if (s.application.outcome !== 'accepted') return `this application is not the accepted one; ${statusWords(s)}`;
      const later = notLatest(s);
      if (later !== null) return later;
      const elsewhere = s.agenda.followUps.find((f) => f.kind === 'thank-references');
      if (elsewhere !== undefined) return `they are thanked from the application accepted first, ${elsewhere.note.path}`;
      return 'no references are listed in any interview note';
    }
  }
}

/** The refusal for a note without a follow-up of this kind: `Globex.md has no written-offer follow-up: ...`. */
export function noFollowUp(vault: VaultAgenda, note: InterviewNote, kind: FollowUpKind, settings: RuleSettings): Refusal {
  const head = `${note.path} has no ${kind} follow-up`;
  if (note.date === null) return new Refusal(`${head}: it has no interview date (date)`);
  const notes = vault.readings.map((r) => r.note).filter((n): n is InterviewNote => n !== null);
  const applications = groupApplications(notes);
  const application = applications.find((a) => a.notes.includes(note));
  if (application === undefined) return new Refusal(`${head}: it has no interview date (date)`);
  const why = whyNot(kind, { note, application, applications, agenda: vault.agenda, settings, today: vault.agenda.today });
  return new Refusal(`${head}: ${why}`);
}

/** What `draft` says on standard error about a follow-up that is not due now: waiting or done. */
export function notDueNotice(followUps: readonly FollowUp[], today: Day): string | null {
  const first = followUps[0];
  if (first === undefined) return null;
  if (followUps.every((f) => f.state === 'done')) {
    return first.doneOn !== null ? `already done on ${dayInWords(first.doneOn, today)}` : 'already done';
  }
  if (followUps.every((f) => f.state === 'waiting' || f.state === 'done')) {
    const from = Math.min(...followUps.filter((f) => f.state === 'waiting').map((f) => f.from));
    return `not due until ${dayInWords(from, today)}`;
  }
  return null;
}
