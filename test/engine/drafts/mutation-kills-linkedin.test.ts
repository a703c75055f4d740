import { describe, expect, it } from 'vitest';
import { draftsFor, draftsForFollowUp, fitToLimit, renderDraft, renderTemplate, wholeWordsWithin } from '../../../src/engine/drafts';
import { computeFollowUps, type FollowUp } from '../../../src/engine/follow-ups';
import { d } from '../../helpers';
import { ADVENTURE_WORKS, FABRIKAM_OFFER, NORTHWIND_FINAL, NORTHWIND_PEOPLE, person, SENDER } from './draft-helpers';

/** A LinkedIn note to Pat Jones made from the user's own template. */
function linkedIn(template: string) {
  return renderDraft({ kind: 'linkedin-note', note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23'), template });
}

const WORDS = (n: number) => 'word '.repeat(n);

describe('a LinkedIn note cut to 300 characters', () => {
  it('a fill-in after the cut is not counted', () => {
    const draft = linkedIn(`${WORDS(70)}{{team}}`);
    expect(draft.body).not.toContain('[team]');
    expect(draft.fillIns).toBe(0);
  });

  it('a fill-in before the cut is counted', () => {
    const draft = linkedIn(`{{team}} ${WORDS(70)}`);
    expect(draft.body.startsWith('[team] word')).toBe(true);
    expect(draft.fillIns).toBe(1);
  });

  it('a fill-in just after the last word kept is not counted', () => {
    // 59 words end at character 294; `[team]` starts at 295 and ends past the limit.
    const draft = linkedIn(`${WORDS(59)}{{team}} more words`);
    expect(draft.body).toBe(`${WORDS(59).trim()}…`);
    expect(draft.fillIns).toBe(0);
  });

  it('a fill-in among the last words kept is counted, whatever blank lines the template starts with', () => {
    const draft = linkedIn(`${'\n'.repeat(10)}${WORDS(58)}{{x}} and more words to go past the limit`);
    expect(draft.body).toBe(`${WORDS(58)}[x] and…`);
    expect(draft.fillIns).toBe(1);
  });

  it('a note of exactly 300 characters is kept whole, its optional part too', () => {
    const draft = linkedIn(`${WORDS(50).trim()}{{#optional}} ${'y'.repeat(50)}{{/optional}}`);
    expect(draft.characters).toBe(300);
    expect(draft.body.endsWith('y'.repeat(50))).toBe(true);
  });

  it('blank lines around the note neither count nor stay', () => {
    const draft = linkedIn(`\n\nHello {{greeting_name}}.{{#optional}} Nice to meet you.{{/optional}}${'\n'.repeat(300)}`);
    expect(draft.body).toBe('Hello Ms. Jones. Nice to meet you.');
  });

  it('a first word longer than the limit leaves a short personal note to write', () => {
    const draft = linkedIn('x'.repeat(400));
    expect(draft.body).toBe('[a short personal note]');
    expect(draft.fillIns).toBe(1);
  });
});

describe('fitting a text in a limit says whether anything was left out', () => {
  const fit = (template: string, limit = 300) => fitToLimit(renderTemplate(template, {}).pieces, limit);

  it('nothing when it fits', () => {
    expect(fit('Hi there.{{#optional}} Nice.{{/optional}}')).toEqual({ text: 'Hi there. Nice.', fillIns: 0, shortened: false });
  });

  it('an optional part with a fill-in, left out', () => {
    expect(fit('Hi.{{#optional}} {{missing}}{{/optional}}')).toEqual({ text: 'Hi.', fillIns: 0, shortened: true });
  });

  it('an optional part left out for length', () => {
    expect(fit(`${'A'.repeat(20)}{{#optional}} more words here{{/optional}}`, 25)).toEqual({ text: 'A'.repeat(20), fillIns: 0, shortened: true });
  });

  it('a text cut after a whole word, or not even one word', () => {
    expect(fit('one two three four', 10)).toEqual({ text: 'one two…', fillIns: 0, shortened: true });
    expect(fit('x'.repeat(20), 10)).toEqual({ text: '[a short personal note]', fillIns: 1, shortened: true });
  });
});

describe('the last whole words within a limit', () => {
  it('two spaces after a word leave no space before the ellipsis', () => {
    expect(wholeWordsWithin('one two  three', 9)).toBe('one two…');
  });

  it('every comma, colon or semicolon left dangling goes', () => {
    expect(wholeWordsWithin('Thanks,, for everything', 10)).toBe('Thanks…');
  });

  it('a first "word" of punctuation only is no word', () => {
    expect(wholeWordsWithin(', and more words', 5)).toBeNull();
  });
});

describe('which drafts a kind makes', () => {
  const context = { note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') };

  it('a thank-you and a LinkedIn note for each interviewer', () => {
    expect(draftsFor('thank-you', context).map((x) => x.title)).toEqual(['Thank-you email to Pat Jones', 'Thank-you email to Sam Rivera']);
    expect(draftsFor('linkedin-note', context).map((x) => x.recipient?.name)).toEqual(['Pat Jones', 'Sam Rivera']);
  });

  it('a request for more time: a call script then an email, unless they asked for email', () => {
    const ask = (prefers: string | null) =>
      draftsFor('offer-deadline', { sender: SENDER, today: d('2026-11-24'), note: { ...FABRIKAM_OFFER, interviewers: [person('Ty Carlson', { prefers })] } }).map((x) => x.templateName);
    expect(ask(null)).toEqual(['offer-deadline-call', 'offer-deadline']);
    expect(ask('phone')).toEqual(['offer-deadline-call', 'offer-deadline']);
    expect(ask('email')).toEqual(['offer-deadline']);
  });

  it('news of an offer for a follow-up that names no offering interview leaves its deadline to fill in', () => {
    const followUps = computeFollowUps([FABRIKAM_OFFER, ADVENTURE_WORKS], d('2026-11-24'));
    const nudge = followUps.find((f) => f.kind === 'offer-nudge' && f.note.company === 'Adventure Works');
    if (nudge === undefined) throw new Error('no offer-nudge follow-up');
    const [draft] = draftsForFollowUp({ ...nudge, source: null } satisfies FollowUp, { sender: SENDER, today: d('2026-11-24') });
    expect(draft?.body).toContain('asked to answer by [the day you must answer the other offer by].');
  });
});

describe('a user\'s template and its subject', () => {
  const base = { kind: 'thank-you' as const, note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') };

  it('a template entry that is not text is passed over for the built-in one', () => {
    const templates = { 'thank-you': 42 } as unknown as Record<string, string>;
    expect(renderDraft({ ...base, templates }).subject).toBe('Thank you for meeting with me today');
  });

  it('the subject has single spaces and none at its ends', () => {
    expect(renderDraft({ ...base, template: 'Subject: Thanks,  {{recipient_first_name}}   \n\nBody' }).subject).toBe('Thanks, Pat');
  });
});
