import { describe, expect, it } from 'vitest';
import { computeFollowUps, FOLLOW_UP_KINDS, type FollowUp } from '../../../src/engine/follow-ups';
import type { InterviewNote } from '../../../src/engine/interview-note';
import { draftsFor, draftsForFollowUp, renderDraft } from '../../../src/engine/drafts';
import { d } from '../../helpers';
import {
  ADVENTURE_WORKS,
  FABRIKAM,
  FABRIKAM_OFFER,
  LITWARE,
  LUCERNE,
  MARGIES_TRAVEL,
  NORTHWIND_ACCEPTED,
  NORTHWIND_FINAL,
  NORTHWIND_PEOPLE,
  noteOf,
  OMAR_HADDAD,
  person,
  SENDER,
} from './draft-helpers';

const context = { sender: SENDER, today: d('2026-11-24') };

function only(followUps: FollowUp[], kind: FollowUp['kind'], note?: InterviewNote): FollowUp {
  const found = followUps.filter((f) => f.kind === kind && (note === undefined || f.note.company === note.company));
  if (found.length !== 1) throw new Error(`${found.length} ${kind} follow-ups`);
  return found[0] as FollowUp;
}

describe('offer-deadline: asking for more time before the deadline', () => {
  const [call, email] = draftsFor('offer-deadline', { ...context, note: FABRIKAM_OFFER });

  it('by phone first, then in writing', () => {
    expect([call?.templateName, email?.templateName]).toEqual(['offer-deadline-call', 'offer-deadline']);
    expect(call?.title).toBe('Call script: request for more time to Ty Carlson');
    expect(email?.title).toBe('Request for more time to Ty Carlson');
  });

  it.each(['email', 'call'] as const)('the %s thanks them, is excited, names the deadline, and leaves the reason and the day asked for to fill in', (medium) => {
    const draft = medium === 'email' ? email : call;
    expect(draft?.body).toContain('Thank you again for offering me the Product Analyst position at Fabrikam');
    expect(draft?.body).toContain('excited');
    expect(draft?.body).toContain('until Friday, December 4, to answer');
    expect(draft?.body).toContain('[your concrete reason, such as a family decision or another process about to close]');
    expect(draft?.body).toContain('my answer by [the day you ask for, in words]?');
    expect(draft?.fillIns).toBe(2);
  });

  it('only the email when they asked for email', () => {
    const note = { ...FABRIKAM_OFFER, interviewers: [person('Ty Carlson', { prefers: 'email' })] };
    expect(draftsFor('offer-deadline', { ...context, note }).map((x) => x.medium)).toEqual(['email']);
  });

  it('without a deadline in the note, the deadline is a fill-in', () => {
    const draft = renderDraft({ ...context, kind: 'offer-deadline', note: { ...FABRIKAM_OFFER, offerDeadline: null } });
    expect(draft.body).toContain('until [the day they want your answer by], to answer');
  });
});

describe('offer-nudge: news of the offer to another employer', () => {
  const followUps = computeFollowUps([FABRIKAM_OFFER, ADVENTURE_WORKS, MARGIES_TRAVEL], d('2026-11-24'));

  it.each([
    ['an interview that took place', ADVENTURE_WORKS, 'offer-nudge', 'I interviewed with you on Tuesday, November 17, for the Data Engineer position at Adventure Works'],
    ['an interview still to come', MARGIES_TRAVEL, 'offer-nudge-scheduled', 'I am looking forward to our interview on Wednesday, December 2, for the Travel Data Analyst position'],
  ])('after %s: the deadline from the offer, still interested, one polite question', (_, note, templateName, opening) => {
    const [draft, ...more] = draftsForFollowUp(only(followUps, 'offer-nudge', note), context);
    expect(more).toEqual([]);
    expect(draft?.templateName).toBe(templateName);
    expect(draft?.body).toContain(opening);
    expect(draft?.body).toContain('an offer from another employer, which I have been asked to answer by Friday, December 4.');
    expect(draft?.body).toMatch(/very interested|interests me very much/);
    expect(draft?.body).toMatch(/could you tell me anything about (your|the) timeline/i);
    expect(draft?.body.match(/\?/g)).toHaveLength(1);
    // No name of the other company, no pressure, no bluff.
    expect(draft?.text).not.toMatch(/Fabrikam|Product Analyst|Ty Carlson/);
    expect(draft?.body).not.toMatch(/unless|otherwise|better|higher|salary|competing|must hear|need to hear|as soon as possible|urgent/i);
    expect(draft?.fillIns).toBe(0);
  });

  it('without the other offer\'s deadline, that day is a fill-in', () => {
    const draft = renderDraft({ ...context, kind: 'offer-nudge', note: ADVENTURE_WORKS, offerElsewhere: null });
    expect(draft.body).toContain('asked to answer by [the day you must answer the other offer by].');
  });
});

describe('withdraw: leaving the other processes once an offer is accepted', () => {
  const accepted: InterviewNote = { ...FABRIKAM_OFFER, path: 'Interviews/Fabrikam.md', status: 'accepted', decisionDate: d('2026-11-26') };
  const offered: InterviewNote = { ...LITWARE, path: 'Interviews/Litware.md', status: 'offer', decisionDate: d('2026-11-20') };
  const followUps = computeFollowUps([accepted, ADVENTURE_WORKS, MARGIES_TRAVEL, offered], d('2026-11-26'));
  const drafts = (note: InterviewNote) => draftsForFollowUp(only(followUps, 'withdraw', note), { ...context, today: d('2026-11-26') });

  it('in writing, with thanks, the door left open', () => {
    const [draft] = drafts(ADVENTURE_WORKS);
    expect(draft?.templateName).toBe('withdraw');
    expect(draft?.medium).toBe('email');
    expect(draft?.subject).toBe('Withdrawing my application for the Data Engineer position');
    expect(draft?.body).toContain('Thank you for the time you and your colleagues have given me');
    expect(draft?.body).toContain('I have accepted another offer, so I am writing to withdraw my application.');
    expect(draft?.body).toContain('I hope our paths cross again.');
    expect(draft?.text).not.toMatch(/Fabrikam/);
  });

  it('before an interview still to come: it will not take place', () => {
    const [draft] = drafts(MARGIES_TRAVEL);
    expect(draft?.templateName).toBe('withdraw-scheduled');
    expect(draft?.body).toContain('will not attend the interview');
    expect(draft?.body).not.toMatch(/I interviewed|have given me/);
  });

  it.each(['offer', 'verbal-offer'] as const)('an application with an offer (%s) gets a gracious decline instead', (status) => {
    const draft = renderDraft({ ...context, kind: 'withdraw', note: { ...offered, status } });
    expect(draft.templateName).toBe('withdraw-decline-offer');
    expect(draft.title).toBe('Offer decline to Ann Beebe');
    expect(draft.body).toContain('Thank you very much for offering me the Business Analyst position at Litware');
    expect(draft.body).toContain('so I must decline yours');
    expect(draft.body).toMatch(/stay in touch/);
    expect(draft.body).not.toContain('withdraw my application');
  });

  it('the computed follow-up of the application with an offer drafts the decline', () => {
    expect(drafts(offered).map((x) => x.templateName)).toEqual(['withdraw-decline-offer']);
  });
});

describe('thank-references: the outcome, to each reference', () => {
  const other = noteOf({ company: 'Litware', position: 'Business Analyst', date: '2026-11-02', references: ['Nancy Davolio', 'omar haddad'] }, 'Interviews/Litware.md');
  const followUps = computeFollowUps([NORTHWIND_ACCEPTED, other], d('2026-12-09'));
  const thanks = followUps.filter((f) => f.kind === 'thank-references');
  const drafts = thanks.flatMap((f) => draftsForFollowUp(f, { ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-12-09') }));

  it('one to each reference of the search, each to its own person', () => {
    expect(drafts.map((x) => x.recipient?.name).sort()).toEqual(['Janet Leverling', 'Nancy Davolio', 'Omar Haddad']);
    expect(drafts.map((x) => x.body.split('\n')[0]).sort()).toEqual(['Hi Janet,', 'Hi Nancy,', 'Hi Omar,']);
    expect(drafts.find((x) => x.recipient?.name === 'Omar Haddad')?.email).toBe(OMAR_HADDAD.email);
  });

  it('tells them the new role, the company and the start date, and thanks them', () => {
    for (const draft of drafts) {
      expect(draft.title).toBe(`Reference thank-you to ${draft.recipient?.name ?? ''}`);
      expect(draft.body).toContain('I have accepted the Data Analyst position at Northwind Traders, and I start on [your start date, in words].');
      expect(draft.body).toContain('Thank you so much for being a reference for me.');
      expect(draft.fillIns).toBe(1);
    }
  });

  it('draftsFor the kind writes to every reference of the note', () => {
    expect(draftsFor('thank-references', { note: NORTHWIND_ACCEPTED, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-12-09') }).map((x) => x.recipient?.name)).toEqual([
      'Omar Haddad',
      'Janet Leverling',
    ]);
  });
});

describe('every follow-up kind of the agenda has its drafts', () => {
  const accepted = { ...FABRIKAM_OFFER, path: 'Interviews/Accepted.md', company: 'Alpine Ski House', position: 'Analyst', status: 'accepted' as const };
  const vaults: Record<string, InterviewNote[]> = {
    before: [NORTHWIND_FINAL, LUCERNE, { ...FABRIKAM, path: 'Interviews/Fabrikam verbal.md', position: 'Data Scientist' }, LITWARE, FABRIKAM_OFFER, ADVENTURE_WORKS],
    after: [accepted, ADVENTURE_WORKS, NORTHWIND_FINAL],
  };
  const all = [
    ...computeFollowUps(vaults.before ?? [], d('2026-11-24')),
    ...computeFollowUps(vaults.after ?? [], d('2026-12-01')),
  ];

  it.each(FOLLOW_UP_KINDS)('%s', (kind) => {
    const followUps = all.filter((f) => f.kind === kind);
    expect(followUps.length).toBeGreaterThan(0);
    for (const followUp of followUps) {
      const drafts = draftsForFollowUp(followUp, { sender: SENDER, today: d('2026-12-01') });
      expect(drafts.length).toBeGreaterThan(0);
      for (const draft of drafts) {
        expect(draft.kind).toBe(kind);
        expect(draft.body).not.toBe('');
        if (followUp.person !== null) expect(draft.recipient?.name).toBe(followUp.person.name);
      }
    }
  });
});
