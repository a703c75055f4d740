import { readNote } from '../../../src/engine/agenda';
import type { InterviewNote, Person } from '../../../src/engine/interview-note';
import type { DraftRequest, Sender } from '../../../src/engine/drafts';
import { d } from '../../helpers';

/** An interview note read from a frontmatter map, as the plugin reads it. */
export function noteOf(frontmatter: Record<string, unknown>, path = 'Interviews/Test.md'): InterviewNote {
  const reading = readNote(path, { type: 'interview', ...frontmatter }, d('2026-12-31'), []);
  if (reading.note === null) throw new Error(`not an interview note: ${JSON.stringify(reading.problems)}`);
  if (reading.problems.length > 0) throw new Error(`problems: ${JSON.stringify(reading.problems)}`);
  return reading.note;
}

export function person(name: string, details: Partial<Person> = {}): Person {
  return { name, honorific: null, email: null, phone: null, prefers: null, link: null, ...details };
}

export const SENDER: Sender = {
  name: 'Alex Morgan',
  signature: 'Alex Morgan\n+1 555 0142',
  phone: '+1 555 0142',
  email: 'alex.morgan@example.com',
};

/** Person notes of the example vault, as the plugin resolves links to them. */
export const SAM_RIVERA = person('Sam Rivera', {
  honorific: 'Mr.',
  email: 'sam.rivera@northwind.example',
  phone: '+1 555 0100',
  prefers: 'email',
  link: 'Sam Rivera',
});
export const OMAR_HADDAD = person('Omar Haddad', { email: 'omar.haddad@example.com', phone: '+1 555 0199', link: 'Omar Haddad' });

export const NORTHWIND_FINAL = noteOf(
  {
    company: 'Northwind Traders',
    position: 'Data Analyst',
    date: '2026-11-23T14:00',
    interviewer: [{ name: 'Pat Jones', honorific: 'Ms.', email: 'pat.jones@northwind.example', prefers: 'email' }, '[[Sam Rivera]]'],
    references: ['[[Omar Haddad]]', 'Janet Leverling'],
    final_round: true,
    promised_date: '2026-12-01',
    contact_method: 'email',
  },
  'Interviews/Northwind - Data Analyst - final round.md',
);
export const NORTHWIND_PEOPLE = {
  interviewers: [NORTHWIND_FINAL.interviewers[0] as Person, SAM_RIVERA],
  references: [OMAR_HADDAD, NORTHWIND_FINAL.references[1] as Person],
};

export const TAILSPIN = noteOf({
  company: 'Tailspin Toys',
  position: 'Analytics Engineer',
  date: '2026-11-24T09:30',
  interviewer: 'Dr. Dana Lee',
  thank_you_method: 'handwritten',
});

export const CONTOSO = noteOf({
  company: 'Contoso',
  position: 'UX Researcher',
  date: '2026-11-12',
  interviewer: 'Dr. Kim Abercrombie',
  promised_date: '2026-11-17',
  follow_up_by: '2026-11-20',
  deliverable: 'a writing sample',
  contact_method: 'phone',
});

export const ADVENTURE_WORKS = noteOf({
  company: 'Adventure Works',
  position: 'Data Engineer',
  date: '2026-11-17',
  interviewers: ['Mr. Andrew Fuller', 'Laura Callahan'],
  references: ['Janet Leverling'],
  promised_date: '2026-11-25',
});

export const PROSEWARE = noteOf({
  company: 'Proseware',
  position: 'Junior Data Analyst',
  date: '2026-11-16',
  interviewer: 'Ms. Rosa Diaz',
});

export const LUCERNE = noteOf({
  company: 'Lucerne Publishing',
  position: 'Content Analyst',
  date: '2026-11-18',
  interviewer: [{ name: 'Maria Gomez', honorific: 'Ms.', prefers: 'first name, email' }],
  follow_up_by: '2026-11-20',
  deliverable: 'the readership report I mentioned',
});

export const FABRIKAM = noteOf({
  company: 'Fabrikam',
  position: 'Product Analyst',
  date: '2026-11-05',
  interviewer: ['Ty Carlson'],
  thank_you_sent: '2026-11-05',
  status: 'verbal-offer',
  decision_date: '2026-11-23',
});

export const LITWARE = noteOf({
  company: 'Litware',
  position: 'Business Analyst',
  date: '2026-11-02',
  interviewer: ['Ann Beebe'],
  thank_you_sent: '2026-11-02',
  status: 'rejected',
  decision_date: '2026-11-20',
});

export const NO_INTERVIEWER = noteOf({ company: 'Wide World Importers', position: 'Logistics Analyst', date: '2026-11-24' });

/** A written offer with a deadline to answer it by. */
export const FABRIKAM_OFFER: InterviewNote = {
  ...noteOf({
    company: 'Fabrikam',
    position: 'Product Analyst',
    date: '2026-11-05',
    interviewer: [{ name: 'Ty Carlson', honorific: 'Mr.', email: 'ty.carlson@fabrikam.example' }],
    thank_you_sent: '2026-11-05',
    status: 'offer',
    decision_date: '2026-11-23',
  }, 'Interviews/Fabrikam - Product Analyst - offer.md'),
  offerDeadline: d('2026-12-04'),
};

/** An interview still to come. */
export const MARGIES_TRAVEL = noteOf({
  company: "Margie's Travel",
  position: 'Travel Data Analyst',
  date: '2026-12-02T10:00',
  interviewer: 'Ms. Ana Trujillo',
}, "Interviews/Margie's Travel - Travel Data Analyst.md");

/** The application accepted, with the references of the search. */
export const NORTHWIND_ACCEPTED: InterviewNote = { ...NORTHWIND_FINAL, status: 'accepted', decisionDate: d('2026-12-08') };

/** Adventure Works after one status inquiry, and after two. */
export const ADVENTURE_WORKS_ASKED_ONCE: InterviewNote = { ...ADVENTURE_WORKS, inquiries: [d('2026-11-26')] };
export const ADVENTURE_WORKS_ASKED_TWICE: InterviewNote = { ...ADVENTURE_WORKS, inquiries: [d('2026-11-26'), d('2026-12-03')] };

/** An interview just before the new year. */
export const NEW_YEAR = noteOf({
  company: 'Coho Winery',
  position: 'Sales Analyst',
  date: '2026-12-21',
  interviewer: 'Mr. Jon Morris',
  promised_date: '2026-12-30',
});

/** One reviewed draft for every kind and variant, by golden file name. */
export const GOLDEN_REQUESTS: Record<string, DraftRequest> = {
  'thank-you': { kind: 'thank-you', note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') },
  'thank-you-card': { kind: 'thank-you', note: TAILSPIN, sender: SENDER, today: d('2026-11-24') },
  'thank-you-call': { kind: 'thank-you', note: CONTOSO, sender: SENDER, today: d('2026-11-13') },
  'thank-you-first-name': { kind: 'thank-you', note: LUCERNE, sender: SENDER, today: d('2026-11-18') },
  'thank-you-no-interviewer': { kind: 'thank-you', note: NO_INTERVIEWER, sender: SENDER, today: d('2026-11-24') },
  'notify-references': { kind: 'notify-references', note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') },
  'promised-follow-up': { kind: 'promised-follow-up', note: LUCERNE, sender: SENDER, today: d('2026-11-20') },
  'promised-follow-up-call': { kind: 'promised-follow-up', note: CONTOSO, sender: SENDER, today: d('2026-11-20') },
  'promised-follow-up-check-in': { kind: 'promised-follow-up', note: { ...LUCERNE, deliverable: null }, sender: SENDER, today: d('2026-11-20') },
  'promised-follow-up-check-in-call': { kind: 'promised-follow-up', note: { ...CONTOSO, deliverable: null }, sender: SENDER, today: d('2026-11-20') },
  'status-inquiry-date-passed': { kind: 'status-inquiry', note: ADVENTURE_WORKS, sender: SENDER, today: d('2026-11-26') },
  'status-inquiry-no-date': { kind: 'status-inquiry', note: PROSEWARE, sender: SENDER, today: d('2026-11-23') },
  'status-inquiry-final-round': { kind: 'status-inquiry', note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-12-02') },
  'status-inquiry-date-passed-call': { kind: 'status-inquiry', note: CONTOSO, sender: SENDER, today: d('2026-11-18') },
  'status-inquiry-no-date-call': { kind: 'status-inquiry', medium: 'call', note: PROSEWARE, sender: SENDER, today: d('2026-11-23') },
  'status-inquiry-final-round-call': {
    kind: 'status-inquiry',
    medium: 'call',
    note: NORTHWIND_FINAL,
    ...NORTHWIND_PEOPLE,
    sender: SENDER,
    today: d('2026-12-02'),
  },
  'thank-you-late': { kind: 'thank-you', note: ADVENTURE_WORKS, sender: SENDER, today: d('2026-11-27') },
  'thank-you-late-call': { kind: 'thank-you', note: CONTOSO, sender: SENDER, today: d('2026-11-18') },
  'thank-you-next-year': { kind: 'thank-you', note: { ...NEW_YEAR, promisedDate: d('2027-01-08') }, sender: SENDER, today: d('2026-12-21') },
  'status-inquiry-again': { kind: 'status-inquiry', note: ADVENTURE_WORKS_ASKED_ONCE, sender: SENDER, today: d('2026-12-03') },
  'status-inquiry-again-call': { kind: 'status-inquiry', note: { ...CONTOSO, inquiries: [d('2026-11-18')] }, sender: SENDER, today: d('2026-11-25') },
  'status-inquiry-last': { kind: 'status-inquiry', note: ADVENTURE_WORKS_ASKED_TWICE, sender: SENDER, today: d('2026-12-17') },
  'status-inquiry-last-call': { kind: 'status-inquiry', note: { ...CONTOSO, inquiries: [d('2026-11-18'), d('2026-11-25')] }, sender: SENDER, today: d('2026-12-09') },
  'status-inquiry-new-year': { kind: 'status-inquiry', note: NEW_YEAR, sender: SENDER, today: d('2027-01-04') },
  'written-offer': { kind: 'written-offer', note: FABRIKAM, sender: SENDER, today: d('2026-11-23') },
  'written-offer-call': { kind: 'written-offer', medium: 'call', note: FABRIKAM, sender: SENDER, today: d('2026-11-23') },
  'written-offer-confirm': { kind: 'written-offer', note: { ...FABRIKAM, status: 'waiting' }, sender: SENDER, today: d('2026-11-23') },
  'written-offer-confirm-call': { kind: 'written-offer', medium: 'call', note: { ...FABRIKAM, status: 'waiting' }, sender: SENDER, today: d('2026-11-23') },
  'offer-deadline': { kind: 'offer-deadline', note: FABRIKAM_OFFER, sender: SENDER, today: d('2026-11-24') },
  'offer-deadline-call': { kind: 'offer-deadline', medium: 'call', note: FABRIKAM_OFFER, sender: SENDER, today: d('2026-11-24') },
  'offer-nudge': { kind: 'offer-nudge', note: ADVENTURE_WORKS, offerElsewhere: { deadline: d('2026-12-04') }, sender: SENDER, today: d('2026-11-24') },
  'offer-nudge-scheduled': { kind: 'offer-nudge', note: MARGIES_TRAVEL, offerElsewhere: { deadline: d('2026-12-04') }, sender: SENDER, today: d('2026-11-24') },
  withdraw: { kind: 'withdraw', note: ADVENTURE_WORKS, sender: SENDER, today: d('2026-11-30') },
  'withdraw-scheduled': { kind: 'withdraw', note: MARGIES_TRAVEL, sender: SENDER, today: d('2026-11-30') },
  'withdraw-decline-offer': { kind: 'withdraw', note: FABRIKAM_OFFER, sender: SENDER, today: d('2026-11-30') },
  'thank-references': {
    kind: 'thank-references',
    note: NORTHWIND_ACCEPTED,
    ...NORTHWIND_PEOPLE,
    person: NORTHWIND_ACCEPTED.references[0],
    sender: SENDER,
    today: d('2026-12-09'),
  },
  'rejection-reply': { kind: 'rejection-reply', note: LITWARE, sender: SENDER, today: d('2026-11-20') },
  'rejection-reply-call': { kind: 'rejection-reply', medium: 'call', note: LITWARE, sender: SENDER, today: d('2026-11-20') },
  'linkedin-note': { kind: 'linkedin-note', note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') },
  'linkedin-note-shortened': {
    kind: 'linkedin-note',
    note: noteOf({
      company: 'Consolidated Messenger International Logistics and Freight Forwarding Holdings',
      position: 'Senior Principal Analytics Engineering Lead for Enterprise Data Platform Modernisation',
      date: '2026-11-23',
      interviewer: 'Professor Maximiliane Alexandra von Hohenzollern-Sigmaringen',
    }),
    sender: { name: 'Alexandrina Morgan-Featherstonehaugh', signature: null },
    today: d('2026-11-24'),
  },
};
