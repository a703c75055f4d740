import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day } from '../../../src/engine/dates';
import { dayInWordsFrom, DRAFT_KINDS, draftsFor, inquiryVariantOf, nextStepOf, renderDraft, type DraftRequest } from '../../../src/engine/drafts';
import { STATUSES, type InterviewNote } from '../../../src/engine/interview-note';
import { d } from '../../helpers';
import {
  ADVENTURE_WORKS,
  ADVENTURE_WORKS_ASKED_ONCE,
  ADVENTURE_WORKS_ASKED_TWICE,
  CONTOSO,
  FABRIKAM,
  GOLDEN_REQUESTS,
  LUCERNE,
  NEW_YEAR,
  NORTHWIND_FINAL,
  person,
  SENDER,
  TAILSPIN,
} from './draft-helpers';
import { problemsOf } from './truth';

/** The sentences of a body, greeting and sign-off left out. */
function sentencesOf(body: string): string[] {
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  const middle = lines.slice(1, lines.findIndex((l) => /regards,$/.test(l)));
  return middle.join(' ').match(/[^.?!]+[.?!]+/g)?.map((s) => s.trim()) ?? [];
}

describe('the checker of drafts finds what a reviewer would', () => {
  it.each([
    ['I look forward to hearing from you by Friday, November 27.', '2026-12-01', 'looks forward to a day that has passed: by Friday, November 27'],
    ['We met on 2026-11-23.', '2026-11-24', 'ISO date 2026-11-23'],
    ['Dear {{name}},', '2026-11-24', 'raw {{'],
    ['Hello undefined', '2026-11-24', 'raw undefined'],
    ['We met on Monday, December 21.', '2027-01-04', 'Error: Monday, December 21: 2027-12-21 is a Tuesday (a year left out?)'],
  ])('%s written on %s', (text, today, problem) => {
    expect(problemsOf(text, d(today))).toContain(problem);
  });

  it('passes a true sentence', () => {
    expect(problemsOf('I look forward to hearing from you by Friday, January 8, 2027.', d('2026-12-30'))).toEqual([]);
  });
});

describe('dates in words carry the year when it is not the year of writing', () => {
  it.each([
    ['2026-11-27', '2026-11-23', 'Friday, November 27'],
    ['2027-01-08', '2026-12-30', 'Friday, January 8, 2027'],
    ['2026-12-21', '2027-01-04', 'Monday, December 21, 2026'],
  ])('%s written on %s', (day, today, words) => {
    expect(dayInWordsFrom(d(day), d(today))).toBe(words);
  });

  it('in a status inquiry written in January about a December interview', () => {
    const draft = renderDraft({ kind: 'status-inquiry', note: NEW_YEAR, sender: SENDER, today: d('2027-01-04') });
    expect(draft.body).toContain('on Monday, December 21, 2026, for the Sales Analyst position');
    expect(draft.body).toContain('around Wednesday, December 30, 2026.');
  });

  it('in a thank-you that looks forward to a day of the next year', () => {
    const draft = renderDraft(GOLDEN_REQUESTS['thank-you-next-year'] as DraftRequest);
    expect(draft.body).toContain('by Friday, January 8, 2027.');
  });
});

describe('a late thank-you', () => {
  const I = ADVENTURE_WORKS.date as Day;

  it.each([0, 1])('%i days after the interview says today or yesterday', (after) => {
    const draft = renderDraft({ kind: 'thank-you', note: ADVENTURE_WORKS, sender: SENDER, today: I + after });
    expect(draft.templateName).toBe('thank-you');
    expect(draft.subject).toBe(after === 0 ? 'Thank you for meeting with me today' : 'Thank you for meeting with me yesterday');
  });

  it.each([2, 3, 7, 14])('%i days after: the day in words, no "today" or "yesterday", no apology', (after) => {
    for (const medium of ['email', 'call'] as const) {
      const draft = renderDraft({ kind: 'thank-you', medium, note: ADVENTURE_WORKS, sender: SENDER, today: I + after });
      expect(draft.variant).toBe('late');
      expect(draft.body).toContain('on Tuesday, November 17');
      expect(draft.text).not.toMatch(/\b(today|yesterday)\b/i);
      expect(draft.text).not.toMatch(/sorry|apolog|belated|delay/i);
    }
  });

  it('a handwritten card names the day anyway, so a late one is an ordinary card', () => {
    const card = renderDraft({ kind: 'thank-you', note: TAILSPIN, sender: SENDER, today: d('2026-11-30') });
    expect(card.templateName).toBe('thank-you-card');
    expect(card.body).toContain('on Tuesday, November 24');
  });

  it('a user can write their own late thank-you', () => {
    const draft = renderDraft({ kind: 'thank-you', note: ADVENTURE_WORKS, sender: SENDER, today: I + 5, templates: { 'thank-you-late': 'Hi {{greeting_name}}' } });
    expect(draft.body).toBe('Hi Mr. Fuller');
  });
});

describe('the next step, on the day it is written', () => {
  const P = ADVENTURE_WORKS.promisedDate as Day;

  it.each([
    [-1, 'I look forward to hearing from you about the next step by Wednesday, November 25.'],
    [0, 'I look forward to hearing from you about the next step by Wednesday, November 25.'],
    [1, 'I look forward to hearing from you about the next step.'],
    [10, 'I look forward to hearing from you about the next step.'],
  ])('the promised date %i days before today', (late, sentence) => {
    expect(nextStepOf(ADVENTURE_WORKS, P + late)).toBe(sentence);
    const draft = renderDraft({ kind: 'thank-you', note: ADVENTURE_WORKS, sender: SENDER, today: P + late });
    expect(draft.body).toContain(sentence);
    expect(problemsOf(draft.text, P + late)).toEqual([]);
  });

  it.each([
    ['2026-11-19', 'As promised, I will send you the readership report I mentioned by Friday, November 20.'],
    ['2026-11-20', 'As promised, I will send you the readership report I mentioned by Friday, November 20.'],
    ['2026-11-21', 'As promised, I will send you the readership report I mentioned shortly.'],
  ])('a promise to send something by Friday, November 20, written on %s', (today, sentence) => {
    expect(nextStepOf(LUCERNE, d(today))).toContain(sentence);
  });

  it.each([
    ['2026-11-20', 'As we agreed, I will be in touch by Friday, November 20.'],
    ['2026-11-23', 'As we agreed, I will be in touch shortly.'],
  ])('a promise to be in touch by Friday, November 20, written on %s', (today, sentence) => {
    expect(nextStepOf({ ...LUCERNE, deliverable: null }, d(today))).toContain(sentence);
  });

  it.each([
    ['a day', d('2026-11-19')],
    ['a ticked checkbox', true],
  ] as const)('a promise kept (followed_up: %s) is not promised again in any draft', (_, followedUp) => {
    const kept: InterviewNote = { ...CONTOSO, followedUp };
    expect(nextStepOf(kept, d('2026-11-13'))).toBe('I look forward to hearing from you about the next step by Tuesday, November 17.');
    for (const kind of DRAFT_KINDS) {
      for (const medium of ['email', 'card', 'call'] as const) {
        const draft = renderDraft({ kind, medium, note: kept, sender: SENDER, today: d('2026-11-13') });
        expect(draft.body, `${kind} ${medium}`).not.toMatch(/I will send you|I will be in touch/);
      }
    }
  });
});

describe('status inquiries', () => {
  const first = renderDraft({ kind: 'status-inquiry', note: ADVENTURE_WORKS, sender: SENDER, today: d('2026-11-26') });
  const second = renderDraft({ kind: 'status-inquiry', note: ADVENTURE_WORKS_ASKED_ONCE, sender: SENDER, today: d('2026-12-03') });
  const last = renderDraft({ kind: 'status-inquiry', note: ADVENTURE_WORKS_ASKED_TWICE, sender: SENDER, today: d('2026-12-17') });

  it.each([
    // inquiries sent, max allowed, today, variant
    [[], 3, '2026-11-26', 'date-passed'],
    [['2026-11-26'], 3, '2026-12-03', 'again'],
    [['2026-11-26', '2026-12-03'], 3, '2026-12-17', 'last'],
    [['2026-11-26', '2026-12-03'], 4, '2026-12-17', 'again'],
    [['2026-11-26', '2026-12-03', '2026-12-17'], 4, '2027-01-14', 'last'],
    [['2026-11-26'], 2, '2026-12-03', 'last'],
    // An inquiry dated before the interview (another round) or after today does not count.
    [['2026-11-10'], 3, '2026-11-26', 'date-passed'],
    [['2026-12-20'], 3, '2026-12-03', 'date-passed'],
    // A promised date that has not come: a check-in without it.
    [[], 3, '2026-11-24', 'no-date'],
  ] as const)('sent %j, %i allowed, written on %s: %s', (sent, max, today, variant) => {
    const note: InterviewNote = { ...ADVENTURE_WORKS, inquiries: sent.map(d) };
    expect(inquiryVariantOf(note, d(today), max)).toBe(variant);
    expect(renderDraft({ kind: 'status-inquiry', note, maxInquiries: max, sender: SENDER, today: d(today) }).variant).toBe(variant);
  });

  it('the second refers to the first by its day and repeats none of its sentences', () => {
    expect(second.templateName).toBe('status-inquiry-again');
    expect(second.body).toContain('I wrote on Thursday, November 26, to ask about the Data Engineer position at Adventure Works');
    const earlier = new Set(sentencesOf(first.body));
    expect(sentencesOf(second.body).filter((s) => earlier.has(s))).toEqual([]);
    expect(second.subject).not.toBe(first.subject);
    expect(second.body.length).toBeLessThan(first.body.length + 100);
  });

  it('the last one names the earlier ones, asks for a courtesy update, and closes the loop with thanks and an open door', () => {
    expect(last.templateName).toBe('status-inquiry-last');
    expect(last.title).toBe('Last status inquiry to Mr. Andrew Fuller');
    expect(last.body).toContain('wrote on Thursday, November 26, and again on Thursday, December 3, to ask');
    expect(last.body).toContain('a brief update');
    expect(last.body).toContain('I will take it that you have moved on');
    expect(last.body).toContain('Thank you again for your time.');
    expect(last.body).toContain('future openings at Adventure Works');
    const earlier = new Set([...sentencesOf(first.body), ...sentencesOf(second.body)]);
    expect(sentencesOf(last.body).filter((s) => earlier.has(s))).toEqual([]);
  });

  it('each has its own template name, so a user can write their own', () => {
    const mine = renderDraft({
      kind: 'status-inquiry',
      note: ADVENTURE_WORKS_ASKED_TWICE,
      sender: SENDER,
      today: d('2026-12-17'),
      templates: { 'status-inquiry-again': 'not this one', 'status-inquiry-last': 'Subject: Closing the loop\n\nLast word since {{earlier_inquiry}}.' },
    });
    expect(mine.subject).toBe('Closing the loop');
    expect(mine.body).toBe('Last word since Thursday, December 3.');
  });

  it('by phone, the later ones say they were in touch before, not what by', () => {
    const call = renderDraft({ kind: 'status-inquiry', note: { ...CONTOSO, inquiries: [d('2026-11-18')] }, sender: SENDER, today: d('2026-11-25') });
    expect(call.templateName).toBe('status-inquiry-again-call');
    expect(call.body).toContain('I was in touch on Wednesday, November 18, about the UX Researcher position');
  });
});

describe('a written-offer request thanks for an offer only when one was made', () => {
  it.each(STATUSES)('status %s', (status) => {
    for (const medium of ['email', 'call'] as const) {
      const draft = renderDraft({ kind: 'written-offer', medium, note: { ...FABRIKAM, status }, sender: SENDER, today: d('2026-11-23') });
      const thanks = /thank you (again )?for offering me/i;
      if (status === 'verbal-offer' || status === 'offer') {
        expect(draft.variant).toBeNull();
        expect(draft.body).toMatch(thanks);
      } else {
        expect(draft.templateName).toBe(medium === 'email' ? 'written-offer-confirm' : 'written-offer-confirm-call');
        expect(`${draft.subject ?? ''}\n${draft.body}`).not.toMatch(/offer/i);
        expect(draft.body).toContain('in writing');
      }
    }
  });
});

describe('any draft, any note, any day of writing', () => {
  it('is true on its day: no ISO date, no raw syntax, every day in words right (its year where needed), no "by" a day that has passed', () => {
    const start = d('2026-10-01');
    const day = fc.integer({ min: start, max: start + 200 });
    const maybeDay = fc.option(day, { nil: null });
    fc.assert(
      fc.property(
        fc.constantFrom(...DRAFT_KINDS),
        fc.constantFrom<DraftRequest['medium']>(undefined, 'email', 'call', 'card'),
        fc.constantFrom(...STATUSES),
        day,
        maybeDay,
        maybeDay,
        maybeDay,
        fc.array(day, { maxLength: 4 }),
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        fc.constantFrom(null, 'a writing sample'),
        fc.constantFrom(null, d('2026-11-01'), true as const),
        (kind, medium, status, date, promised, followUpBy, offerDeadline, inquiries, after, otherIn, deliverable, followedUp) => {
          const today = date + after - 20;
          const note: InterviewNote = {
            ...NORTHWIND_FINAL,
            finalRound: false,
            status,
            date,
            promisedDate: promised,
            followUpBy,
            deliverable,
            followedUp,
            offerDeadline,
            inquiries,
            interviewers: [person('Pat Jones', { honorific: 'Ms.' })],
            references: [person('Omar Haddad')],
          };
          const offerElsewhere = otherIn === null ? null : { deadline: today + otherIn };
          for (const draft of draftsFor(kind, { note, sender: SENDER, today, offerElsewhere })) {
            const shown = renderDraft({ kind, medium, note, sender: SENDER, today, offerElsewhere });
            for (const text of [draft.text, shown.text]) expect(problemsOf(text, today)).toEqual([]);
            // An offer elsewhere, or an acceptance, concerns an interview still to come too.
            const scheduled = note.date !== null && note.date > today && (kind === 'offer-nudge' || kind === 'withdraw');
            if (scheduled && status !== 'offer' && status !== 'verbal-offer') expect(shown.body).not.toMatch(/I interviewed|meeting with me|have given me/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
