import { describe, expect, it } from 'vitest';
import { computeFollowUps } from '../../../src/engine/follow-ups';
import type { Day } from '../../../src/engine/dates';
import { DRAFT_KINDS, draftsFor, draftsForFollowUp, renderDraft, type Draft, type DraftRequest } from '../../../src/engine/drafts';
import { d } from '../../helpers';
import { problemsOf } from './truth';
import {
  ADVENTURE_WORKS,
  CONTOSO,
  FABRIKAM,
  GOLDEN_REQUESTS,
  LITWARE,
  LUCERNE,
  NO_INTERVIEWER,
  NORTHWIND_FINAL,
  NORTHWIND_PEOPLE,
  noteOf,
  OMAR_HADDAD,
  PROSEWARE,
  SENDER,
  TAILSPIN,
} from './draft-helpers';

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/** What must never reach a recipient. */
function expectClean(draft: Draft, today: Day): void {
  expect(problemsOf(draft.text, today)).toEqual([]);
  expect(draft.text).not.toMatch(ISO_DATE);
  expect(draft.text).not.toMatch(/undefined|null|\{\{|\}\}/);
  expect(draft.body).not.toMatch(/\n\n\n/);
  expect(draft.body).toBe(draft.body.trim());
}

/** Fill-ins as the sender sees them. */
function fillInsOf(text: string): string[] {
  return text.match(/\[[^\]]+\]/g) ?? [];
}

describe('every draft', () => {
  it.each(Object.keys(GOLDEN_REQUESTS))('%s has no ISO date, no template syntax, no undefined or null', (name) => {
    const request = GOLDEN_REQUESTS[name] as DraftRequest;
    const draft = renderDraft(request);
    expectClean(draft, request.today);
    expect(draft.fillIns).toBe(fillInsOf(`${draft.subject ?? ''}\n${draft.body}`).length);
  });

  it('a note with almost nothing in it still gives clean drafts, with a fill-in for each gap', () => {
    const bare = noteOf({ date: '2026-11-20' });
    for (const kind of DRAFT_KINDS) {
      const draft = renderDraft({ kind, note: bare, sender: { name: null, signature: null }, today: d('2026-11-23') });
      expectClean(draft, d('2026-11-23'));
      expect(draft.fillIns).toBeGreaterThan(0);
      // A LinkedIn note leaves out the optional sign-off rather than send a fill-in.
      if (kind !== 'linkedin-note') expect(draft.body).toContain('[your name]');
    }
  });
});

describe('thank-you', () => {
  const [pat, sam] = draftsFor('thank-you', { note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') });

  it('one to each interviewer, each greeted by honorific and surname from the map or the person note', () => {
    expect(pat?.body).toMatch(/^Dear Ms\. Jones,\n/);
    expect(sam?.body).toMatch(/^Dear Mr\. Rivera,\n/);
    expect(pat?.email).toBe('pat.jones@northwind.example');
    expect(sam?.email).toBe('sam.rivera@northwind.example');
  });

  it('thanks them for their time and the chance to interview for the position at the company', () => {
    expect(pat?.body).toContain('Thank you for taking the time to meet with me today');
    expect(pat?.body).toContain('the Data Analyst position at Northwind Traders');
  });

  it('holds exactly one fill-in, for the point that resonated', () => {
    expect(pat?.fillIns).toBe(1);
    expect(fillInsOf(pat?.body ?? '')).toEqual(['[a topic from the interview that stayed with you]']);
  });

  it('gives the next step with the promised date in words, and has a subject line', () => {
    expect(pat?.body).toContain('by Tuesday, December 1.');
    expect(pat?.subject).toBe('Thank you for meeting with me today');
    expect(pat?.text.split('\n').slice(0, 3)).toEqual(['### Thank-you email to Pat Jones', '', 'Subject: Thank you for meeting with me today']);
  });

  it('says yesterday, or the day in words, when written later', () => {
    const later = renderDraft({ kind: 'thank-you', note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-24') });
    expect(later.subject).toBe('Thank you for meeting with me yesterday');
    const muchLater = renderDraft({ kind: 'thank-you', note: NORTHWIND_FINAL, sender: SENDER, today: d('2026-11-27') });
    expect(muchLater.templateName).toBe('thank-you-late');
    expect(muchLater.subject).toBe('Thank you for our conversation on Monday, November 23');
    expect(muchLater.text).not.toMatch(/\b(today|yesterday)\b/i);
  });

  it('greets by first name when the person asked for it, and by full name when no honorific is known', () => {
    expect(renderDraft(GOLDEN_REQUESTS['thank-you-first-name'] as DraftRequest).body).toMatch(/^Dear Maria,\n/);
    expect(renderDraft({ kind: 'thank-you', note: ADVENTURE_WORKS, person: ADVENTURE_WORKS.interviewers[1], sender: SENDER, today: d('2026-11-17') }).body).toMatch(
      /^Dear Laura Callahan,\n/,
    );
  });

  it('promises what the note says was promised, by its day', () => {
    expect(renderDraft(GOLDEN_REQUESTS['thank-you-first-name'] as DraftRequest).body).toContain(
      'As promised, I will send you the readership report I mentioned by Friday, November 20.',
    );
  });

  it('as a handwritten card: no subject, the interview day in words, signed with the name only', () => {
    const card = renderDraft({ kind: 'thank-you', note: TAILSPIN, sender: SENDER, today: d('2026-11-24') });
    expect(card.medium).toBe('card');
    expect(card.subject).toBeNull();
    expect(card.text).not.toContain('Subject:');
    expect(card.body).toMatch(/^Dear Dr\. Lee,\n/);
    expect(card.body).toContain('on Tuesday, November 24');
    expect(card.body).toContain('Analytics Engineer position at Tailspin Toys');
    expect(card.body).toMatch(/\nAlex Morgan$/);
  });

  it('as a call script when they asked to be phoned', () => {
    const call = renderDraft({ kind: 'thank-you', note: CONTOSO, sender: SENDER, today: d('2026-11-13') });
    expect(call.medium).toBe('call');
    expect(call.subject).toBeNull();
    expect(call.body).toMatch(/^Hello Dr\. Abercrombie, this is Alex Morgan\./);
    expect(call.body).toContain('+1 555 0142');
  });

  it('a person who prefers email gets an email even when the note says phone', () => {
    const note = noteOf({ company: 'Contoso', position: 'UX Researcher', date: '2026-11-12', interviewer: [{ name: 'Kim Abercrombie', prefers: 'email' }], contact_method: 'phone' });
    expect(renderDraft({ kind: 'thank-you', note, sender: SENDER, today: d('2026-11-12') }).medium).toBe('email');
  });

  it('the greeting is a fill-in when no interviewer is listed', () => {
    const draft = renderDraft({ kind: 'thank-you', note: NO_INTERVIEWER, sender: SENDER, today: d('2026-11-24') });
    expect(draft.body).toMatch(/^Dear \[their name\],\n/);
    expect(draft.fillIns).toBe(2);
  });
});

describe('notify-references', () => {
  const drafts = draftsFor('notify-references', { note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') });

  it('one to each reference', () => {
    expect(drafts.map((x) => x.body.split('\n')[0])).toEqual(['Hi Omar,', 'Hi Janet,']);
    expect(drafts[0]?.email).toBe(OMAR_HADDAD.email);
  });

  it('says whom you met, for which position, who may call and from which number, and asks to hear if they call', () => {
    const body = drafts[0]?.body ?? '';
    expect(body).toContain('I interviewed with Pat Jones and Sam Rivera for the Data Analyst position at Northwind Traders today, and');
    expect(body).toContain('you may hear from Pat Jones or Sam Rivera (Sam Rivera: +1 555 0100)');
    expect(body).toContain('Could you let me know if they get in touch?');
    expect(fillInsOf(body)).toEqual(['[what they cared about most, such as a project we worked on together]']);
  });

  it('gives the one interviewer\'s number plainly, and a fill-in when no number is known', () => {
    const one = noteOf({ company: 'Acme', position: 'Analyst', date: '2026-11-20', interviewer: [{ name: 'Pat Jones', phone: '555 0100' }], references: ['Omar Haddad'] });
    expect(renderDraft({ kind: 'notify-references', note: one, sender: SENDER, today: d('2026-11-20') }).body).toContain('you may hear from Pat Jones (555 0100).');
    const none = renderDraft({ kind: 'notify-references', note: ADVENTURE_WORKS, sender: SENDER, today: d('2026-11-17') });
    expect(none.body).toContain('Mr. Andrew Fuller or Laura Callahan ([the number they may call from])');
    expect(none.fillIns).toBe(2);
  });
});

describe('promised-follow-up', () => {
  it('names what was promised and says it is attached', () => {
    const draft = renderDraft({ kind: 'promised-follow-up', note: LUCERNE, sender: SENDER, today: d('2026-11-20') });
    expect(draft.subject).toBe('As promised: the readership report I mentioned');
    expect(draft.body).toContain('As promised, I have attached the readership report I mentioned.');
    expect(draft.body).toContain('on Wednesday, November 18, about the Content Analyst position at Lucerne Publishing');
    expect(draft.fillIns).toBe(0);
  });

  it('by phone: names what was promised and says it is on its way by email', () => {
    const call = renderDraft({ kind: 'promised-follow-up', note: CONTOSO, sender: SENDER, today: d('2026-11-20') });
    expect(call.body).toContain('I promised to send you a writing sample.');
    expect(call.body).toContain('I have just emailed it to you.');
  });
});

describe('status-inquiry', () => {
  it('the promised date passed: re-introduces you, when and for what, the date expected, where things stand, still considered', () => {
    const draft = renderDraft({ kind: 'status-inquiry', note: ADVENTURE_WORKS, sender: SENDER, today: d('2026-11-26') });
    expect(draft.variant).toBe('date-passed');
    expect(draft.body).toContain('I am Alex Morgan, and I interviewed with you on Tuesday, November 17, for the Data Engineer position at Adventure Works.');
    expect(draft.body).toContain('I understood that the next step would be settled around Wednesday, November 25.');
    expect(draft.body).toContain('Could you tell me where the process stands?');
    expect(draft.body).toContain('am I still being considered for the role?');
  });

  it('no date given: asks where things stand without mentioning a date they never gave', () => {
    const draft = renderDraft({ kind: 'status-inquiry', note: PROSEWARE, sender: SENDER, today: d('2026-11-23') });
    expect(draft.variant).toBe('no-date');
    expect(draft.body).toContain('on Monday, November 16, for the Junior Data Analyst position at Proseware');
    expect(draft.body).toContain('Am I still being considered for the role?');
    expect(draft.body).not.toMatch(/expected|would hear .* by/);
  });

  it('after a final round: acknowledges they are busy and asks only whether they need anything else', () => {
    const draft = renderDraft({ kind: 'status-inquiry', note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-12-02') });
    expect(draft.variant).toBe('final-round');
    expect(draft.body).toContain('busy');
    expect(draft.body).toContain('Is there anything else you need from me to help you decide?');
    expect(draft.body.match(/\?/g)).toHaveLength(1);
    expect(draft.body).not.toContain('still being considered');
    expect(draft.body).toContain('on Monday, November 23, for the final round of interviews for the Data Analyst position at Northwind Traders');
  });

  it('a variant may be asked for by name', () => {
    const draft = renderDraft({ kind: 'status-inquiry', variant: 'no-date', note: ADVENTURE_WORKS, sender: SENDER, today: d('2026-11-26') });
    expect(draft.templateName).toBe('status-inquiry-no-date');
  });

  it('by phone, each variant asks the same question as its email', () => {
    const call = renderDraft({ kind: 'status-inquiry', note: CONTOSO, sender: SENDER, today: d('2026-11-18') });
    expect(call.templateName).toBe('status-inquiry-date-passed-call');
    expect(call.body).toContain('around Tuesday, November 17');
    expect(call.body).toContain('am I still being considered?');
  });
});

describe('written-offer', () => {
  it('thanks them and asks for the offer letter with salary, benefits, expense reimbursement and conditions', () => {
    const draft = renderDraft({ kind: 'written-offer', note: FABRIKAM, sender: SENDER, today: d('2026-11-23') });
    expect(draft.body).toContain('Thank you for offering me the Product Analyst position at Fabrikam.');
    expect(draft.body).toContain('Could you send me the offer in writing?');
    for (const term of ['salary', 'benefits', 'expense reimbursement', 'conditions', 'background check']) expect(draft.body).toContain(term);
  });
});

describe('rejection-reply', () => {
  it('thanks them graciously and asks to be considered for future openings', () => {
    const draft = renderDraft({ kind: 'rejection-reply', note: LITWARE, sender: SENDER, today: d('2026-11-20') });
    expect(draft.body).toMatch(/^Dear Ann Beebe,\n\nThank you for letting me know your decision about the Business Analyst position\./);
    expect(draft.body).toContain('colleagues at Litware');
    expect(draft.body).toContain('future openings');
  });
});

describe('linkedin-note', () => {
  it('is personal and within 300 characters, with its count in the title', () => {
    const draft = renderDraft({ kind: 'linkedin-note', note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') });
    expect(draft.body).toContain('Ms. Jones');
    expect(draft.body).toContain('Data Analyst role at Northwind Traders');
    expect(draft.characters).toBe(draft.body.length);
    expect(draft.limit).toBe(300);
    expect(draft.characters).toBeLessThanOrEqual(300);
    expect(draft.title).toBe(`LinkedIn note to Pat Jones (${draft.characters} of 300 characters)`);
    expect(draft.subject).toBeNull();
  });

  it('drops optional sentences, last first, before it cuts anything', () => {
    const draft = renderDraft(GOLDEN_REQUESTS['linkedin-note-shortened'] as DraftRequest);
    expect(draft.body).not.toContain('Best regards');
    expect(draft.body).not.toContain('I enjoyed our conversation');
    expect(draft.characters).toBeLessThanOrEqual(300);
  });

  it('leaves out an optional sentence that would hold a fill-in', () => {
    const draft = renderDraft({ kind: 'linkedin-note', note: NORTHWIND_FINAL, sender: { name: null, signature: null }, today: d('2026-11-23') });
    expect(draft.body).not.toContain('[your name]');
    expect(draft.body).toContain('I enjoyed our conversation');
    expect(draft.fillIns).toBe(0);
  });
});

describe('drafts for the agenda\'s follow-ups', () => {
  const followUps = computeFollowUps([NORTHWIND_FINAL], d('2026-11-23'));

  it('a thank-you follow-up drafts to its own interviewer, with the person note\'s details', () => {
    const thanks = followUps.filter((f) => f.kind === 'thank-you');
    const drafts = thanks.flatMap((f) => draftsForFollowUp(f, { ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') }));
    expect(drafts.map((x) => x.title)).toEqual(['Thank-you email to Pat Jones', 'Thank-you email to Sam Rivera']);
    expect(drafts[1]?.body).toMatch(/^Dear Mr\. Rivera,/);
  });

  it('a reference heads-up drafts to each reference', () => {
    const heads = followUps.find((f) => f.kind === 'notify-references');
    if (heads === undefined) throw new Error('no heads-up follow-up');
    expect(draftsForFollowUp(heads, { ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') }).map((x) => x.recipient?.name)).toEqual([
      'Omar Haddad',
      'Janet Leverling',
    ]);
  });
});
