import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInTemplate,
  DRAFT_KINDS,
  DRAFT_MEDIA,
  renderDraft,
  renderTemplate,
  STATUS_INQUIRY_VARIANTS,
  type DraftRequest,
} from '../../../src/engine/drafts';
import type { InterviewNote } from '../../../src/engine/interview-note';
import { d } from '../../helpers';
import { NORTHWIND_FINAL, person, SENDER } from './draft-helpers';

const HOSTILE = [
  '{{x}}',
  '{{position}}',
  '{{#optional}}',
  '**bold** _it_ `code`',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[link](javascript:alert(1))',
  '[[Some Note]]',
  '$& $1 $$',
  '__proto__',
  'constructor',
  '# Heading\n---\n> quote',
  '[fill me]',
  'null',
];

/** Any text: plain, full Unicode, long words, or hostile. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', '-', ','), minLength: 0, maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('x', 'y'), minLength: 250, maxLength: 400 }),
  fc.constantFrom(...HOSTILE),
);
const maybeText = fc.option(anyText, { nil: null });

function noteWith(company: string | null, position: string | null, interviewer: string, extra: Partial<InterviewNote> = {}): InterviewNote {
  return { ...NORTHWIND_FINAL, company, position, interviewers: [person(interviewer)], ...extra };
}

function linkedIn(company: string | null, position: string | null, name: string, sender: string | null): DraftRequest {
  return { kind: 'linkedin-note', note: noteWith(company, position, name), sender: { name: sender, signature: null }, today: d('2026-11-24') };
}

/** Whitespace-separated words, a trailing comma, colon or semicolon set aside. */
function words(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.replace(/[,;:]+$/, ''));
}

describe('the LinkedIn note, for any names, company and position', () => {
  it('stays within 300 characters, and its count says so', () => {
    fc.assert(
      fc.property(maybeText, maybeText, anyText, maybeText, (company, position, name, sender) => {
        const draft = renderDraft(linkedIn(company, position, name, sender));
        expect(draft.body.length).toBeLessThanOrEqual(300);
        expect(draft.characters).toBe(draft.body.length);
        expect(draft.title).toContain(`(${draft.characters} of 300 characters)`);
      }),
      { numRuns: 300 },
    );
  });

  it('never ends mid-word: every word it keeps is a whole word of the full note', () => {
    fc.assert(
      fc.property(maybeText, maybeText, anyText, maybeText, (company, position, name, sender) => {
        const request = linkedIn(company, position, name, sender);
        const draft = renderDraft(request);
        const full = renderDraft({ ...request, kind: 'thank-you', medium: 'email', template: builtInTemplate('linkedin-note')?.text ?? '' }).body;
        const whole = new Set(words(full));
        const kept = draft.body.endsWith('…') ? draft.body.slice(0, -1) : draft.body;
        if (kept === '[a short personal note]') return;
        for (const w of words(kept)) expect(whole).toContain(w);
      }),
      { numRuns: 300 },
    );
  });

  it('is not cut at all when it fits once optional sentences are left out', () => {
    const draft = renderDraft(linkedIn('Acme', 'Analyst', 'Pat Jones', 'Alex Morgan'));
    expect(draft.body.endsWith('…')).toBe(false);
    expect(draft.body).toMatch(/Alex Morgan$/);
  });
});

describe('hostile values', () => {
  it('come out exactly as given, in every kind, and are never counted as fill-ins', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE), fc.constantFrom(...HOSTILE), fc.constantFrom(...DRAFT_KINDS), (company, position, kind) => {
        const note = noteWith(company, position, 'Pat Jones', { deliverable: company, finalRound: false });
        const draft = renderDraft({ kind, medium: kind === 'linkedin-note' ? null : 'email', note, sender: SENDER, today: d('2026-11-24') });
        expect(draft.body).toContain(company);
        if (kind !== 'rejection-reply' && kind !== 'promised-follow-up') expect(draft.body).toContain(position);
        const clean = renderDraft({ kind, medium: kind === 'linkedin-note' ? null : 'email', note: noteWith('Acme', 'Analyst', 'Pat Jones', { deliverable: 'a report', finalRound: false }), sender: SENDER, today: d('2026-11-24') });
        expect(draft.fillIns).toBe(clean.fillIns);
      }),
    );
  });

  it('a name is greeted as given', () => {
    for (const name of HOSTILE) {
      const draft = renderDraft({ kind: 'thank-you', note: noteWith('Acme', 'Analyst', name), sender: SENDER, today: d('2026-11-24') });
      expect(draft.body.startsWith(`Dear ${name},`)).toBe(true);
    }
  });
});

describe('rendering never throws', () => {
  const templateText = fc
    .array(fc.oneof(fc.string(), fc.constantFrom('{{', '}}', '{{company}}', '{{#optional}}', '{{/optional}}', '[', ']', '[x y]', 'Subject: ', '\n', '\r\n')))
    .map((parts) => parts.join(''));

  it('for any template, values, kind, variant and medium', () => {
    fc.assert(
      fc.property(
        templateText,
        maybeText,
        maybeText,
        anyText,
        fc.constantFrom(...DRAFT_KINDS),
        fc.option(fc.constantFrom(...STATUS_INQUIRY_VARIANTS), { nil: undefined }),
        fc.option(fc.constantFrom(...DRAFT_MEDIA), { nil: undefined }),
        (template, company, position, name, kind, variant, medium) => {
          const draft = renderDraft({ kind, variant, medium, template, note: noteWith(company, position, name), sender: SENDER, today: d('2026-11-24') });
          expect(typeof draft.text).toBe('string');
          expect(draft.fillIns).toBeGreaterThanOrEqual(0);
          if (draft.medium === 'linkedin') expect(draft.characters).toBeLessThanOrEqual(300);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a template with no placeholders renders to itself', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('{{')), (text) => {
        expect(renderTemplate(text, {}).text).toBe(text);
      }),
    );
  });
});

describe('a note with fields missing', () => {
  it('never shows undefined, null, template syntax or an ISO date', () => {
    const field = (value: string) => fc.option(fc.constant(value), { nil: null });
    fc.assert(
      fc.property(
        field('Acme'),
        field('Analyst'),
        fc.option(fc.constant(d('2026-11-20')), { nil: null }),
        fc.option(fc.constant(d('2026-11-27')), { nil: null }),
        field('a report'),
        fc.boolean(),
        fc.constantFrom(...DRAFT_KINDS),
        fc.constantFrom<DraftRequest['medium']>(undefined, 'call'),
        (company, position, date, promised, deliverable, named, kind, medium) => {
          const note: InterviewNote = { ...NORTHWIND_FINAL, company, position, date, promisedDate: promised, followUpBy: promised, deliverable, interviewers: named ? [person('Pat Jones')] : [], references: [] };
          const draft = renderDraft({ kind, medium, note, sender: { name: null, signature: null }, today: d('2026-11-30') });
          expect(draft.text).not.toMatch(/undefined|null|\{\{|\}\}|\d{4}-\d{2}-\d{2}/);
          expect(draft.body).not.toMatch(/ {2}| ,| \./);
        },
      ),
    );
  });
});
