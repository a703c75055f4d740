import fc from 'fast-check';
import { CORE_SCHEMA, dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '../../src/engine/follow-ups';
import { STATUSES } from '../../src/engine/interview-note';
import {
  applyToFrontmatter,
  doneFieldOf,
  NotRecordableError,
  followUpKindOf,
  recordFollowUp,
  recordOutcome,
  recordSnooze,
  RecordError,
  statusOf,
} from '../../src/engine/record';
import { parseYaml } from '../../src/engine/yaml';
import { d } from '../helpers';
import { agendaOf } from './agenda-helpers';

const interview = () => ({ type: 'interview', company: 'Acme', position: 'Data Analyst', date: '2026-11-20', interviewer: 'Ms. Pat Jones' });

describe('what recording writes', () => {
  it.each([
    ['thank-you', 'thank_you_sent'],
    ['notify-references', 'references_notified'],
    ['promised-follow-up', 'followed_up'],
    ['written-offer', 'offer_requested'],
    ['rejection-reply', 'rejection_reply_sent'],
  ] as const)('%s writes %s: the date', (kind, field) => {
    const fm: Record<string, unknown> = interview();
    applyToFrontmatter(fm, recordFollowUp(kind, d('2026-11-24')));
    expect(fm[field]).toBe('2026-11-24');
    expect(Object.keys(fm)).toEqual([...Object.keys(interview()), field]);
  });

  it('a status inquiry adds the date to inquiries', () => {
    const fm: Record<string, unknown> = interview();
    applyToFrontmatter(fm, recordFollowUp('status-inquiry', d('2026-11-27')));
    expect(fm.inquiries).toEqual(['2026-11-27']);
    applyToFrontmatter(fm, recordFollowUp('status-inquiry', d('2026-12-04')));
    expect(fm.inquiries).toEqual(['2026-11-27', '2026-12-04']);
  });

  it('a single date in inquiries becomes a list; an item that is not a date is kept', () => {
    const single: Record<string, unknown> = { inquiries: '2026-11-20' };
    applyToFrontmatter(single, recordFollowUp('status-inquiry', d('2026-11-27')));
    expect(single.inquiries).toEqual(['2026-11-20', '2026-11-27']);
    const withBad: Record<string, unknown> = { inquiries: ['sometime', '2026-11-20'] };
    applyToFrontmatter(withBad, recordFollowUp('status-inquiry', d('2026-11-27')));
    expect(withBad.inquiries).toEqual(['sometime', '2026-11-20', '2026-11-27']);
  });

  it.each([[null], [''], [[]], ['  ']])('an empty inquiries (%j) becomes a list of one date', (empty) => {
    const fm: Record<string, unknown> = { inquiries: empty };
    applyToFrontmatter(fm, recordFollowUp('status-inquiry', d('2026-11-27')));
    expect(fm.inquiries).toEqual(['2026-11-27']);
  });

  it.each([
    [['2026-11-27']],
    ['2026-11-27'],
    [['2026-11-20', '2026-11-27T16:30']],
  ])('marking a status inquiry on a day already listed (%j) changes nothing', (inquiries) => {
    const fm: Record<string, unknown> = { inquiries };
    const applied = applyToFrontmatter(fm, recordFollowUp('status-inquiry', d('2026-11-27')));
    expect(applied.changed).toBe(false);
    expect(applied.previous).toEqual([]);
    expect(fm).toEqual({ inquiries });
  });

  it('refuses inquiries that hold a set of properties, and changes nothing', () => {
    const fm: Record<string, unknown> = { inquiries: { first: '2026-11-20' } };
    expect(() => applyToFrontmatter(fm, recordFollowUp('status-inquiry', d('2026-11-27')))).toThrow(RecordError);
    expect(fm).toEqual({ inquiries: { first: '2026-11-20' } });
  });

  it('an outcome writes status and decision_date', () => {
    const fm: Record<string, unknown> = interview();
    applyToFrontmatter(fm, recordOutcome('verbal-offer', d('2026-11-25')));
    expect(fm).toMatchObject({ status: 'verbal-offer', decision_date: '2026-11-25' });
  });

  it('a status already written in other words (Verbal Offer) is left as written', () => {
    const fm: Record<string, unknown> = { Status: 'Verbal Offer' };
    const applied = applyToFrontmatter(fm, recordOutcome('verbal-offer', d('2026-11-25')));
    expect(fm).toEqual({ Status: 'Verbal Offer', decision_date: '2026-11-25' });
    expect(applied.previous.map((p) => p.field)).toEqual(['decision_date']);
  });

  it('a snooze writes snoozed_until', () => {
    const fm: Record<string, unknown> = interview();
    applyToFrontmatter(fm, recordSnooze(d('2026-11-30')));
    expect(fm.snoozed_until).toBe('2026-11-30');
  });

  it('a date marker that already holds the day (with a time of day) is left alone', () => {
    const fm: Record<string, unknown> = { thank_you_sent: '2026-11-24T18:05' };
    expect(applyToFrontmatter(fm, recordFollowUp('thank-you', d('2026-11-24'))).changed).toBe(false);
    expect(fm.thank_you_sent).toBe('2026-11-24T18:05');
  });
});

describe('key spellings', () => {
  it.each(['thankYouSent', 'Thank You Sent', 'thank-you-sent', 'THANK_YOU_SENT'])('%s is updated in place, never duplicated', (key) => {
    const fm: Record<string, unknown> = { type: 'interview', [key]: null, company: 'Acme' };
    const applied = applyToFrontmatter(fm, recordFollowUp('thank-you', d('2026-11-24')));
    expect(Object.keys(fm)).toEqual(['type', key, 'company']);
    expect(fm[key]).toBe('2026-11-24');
    expect(applied.previous).toEqual([{ field: 'thank_you_sent', key, existed: true, value: null }]);
  });

  it('of two spellings, the one the follow-up rules read is updated', () => {
    const fm: Record<string, unknown> = { thank_you_sent: '', thankYouSent: '2026-11-19' };
    applyToFrontmatter(fm, recordFollowUp('thank-you', d('2026-11-24')));
    expect(fm).toEqual({ thank_you_sent: '', thankYouSent: '2026-11-24' });
  });

  it('kinds and statuses are words compared as the contract compares them', () => {
    expect(['thank-you', 'Thank You', 'thank_you', 'THANKYOU'].map(followUpKindOf)).toEqual(Array(4).fill('thank-you'));
    expect(followUpKindOf('status inquiry')).toBe('status-inquiry');
    expect(followUpKindOf('thanks')).toBeNull();
    expect(['Verbal Offer', 'verbal_offer', 'verbalOffer'].map(statusOf)).toEqual(Array(3).fill('verbal-offer'));
    expect(statusOf('hired')).toBeNull();
  });
});

describe('Undo', () => {
  it('restores the previous value, and removes a field that was not there', () => {
    const fm: Record<string, unknown> = { 'Decision Date': '2026-11-20', status: 'waiting', inquiries: ['2026-11-18'] };
    const original = structuredClone(fm);
    const applied = applyToFrontmatter(fm, recordOutcome('rejected', d('2026-11-24')));
    applyToFrontmatter(fm, recordSnooze(d('2026-11-30'))).restore(fm);
    expect(fm).toEqual({ 'Decision Date': '2026-11-24', status: 'rejected', inquiries: ['2026-11-18'] });
    applied.restore(fm);
    expect(fm).toEqual(original);
  });

  it('works on the map a later processFrontMatter hands over (written to YAML and read back)', () => {
    const first: Record<string, unknown> = { type: 'interview', inquiries: ['2026-11-18'] };
    const applied = applyToFrontmatter(first, recordFollowUp('status-inquiry', d('2026-11-24')));
    const later = parseYaml(dump(first, { schema: CORE_SCHEMA })) as Record<string, unknown>;
    expect(later.inquiries).toEqual(['2026-11-18', '2026-11-24']);
    applied.restore(later);
    expect(later).toEqual({ type: 'interview', inquiries: ['2026-11-18'] });
  });

  it('keeps its own copy of the previous list', () => {
    const list = ['2026-11-18'];
    const fm: Record<string, unknown> = { inquiries: list };
    const applied = applyToFrontmatter(fm, recordFollowUp('status-inquiry', d('2026-11-24')));
    list.push('2026-11-19');
    applied.restore(fm);
    expect(fm.inquiries).toEqual(['2026-11-18']);
  });
});

describe('the agenda after recording', () => {
  const elsewhere = { type: 'interview', company: 'Globex', position: 'Analyst', date: '2026-11-18', decision_date: '2026-11-23' };
  it.each(FOLLOW_UP_KINDS.filter((k) => k !== 'status-inquiry' && k !== 'offer-deadline'))('%s is done afterwards', (kind: FollowUpKind) => {
    const fm: Record<string, unknown> = { ...interview(), references: ['Dr. Dana Lee'], follow_up_by: '2026-11-23' };
    const vault: Record<string, Record<string, unknown>> = { 'a.md': fm };
    if (kind === 'written-offer') fm.status = 'verbal-offer';
    if (kind === 'rejection-reply') fm.status = 'rejected';
    if (kind === 'offer-nudge') vault['b.md'] = { ...elsewhere, status: 'offer', offer_deadline: '2026-12-04' };
    if (kind === 'withdraw') vault['b.md'] = { ...elsewhere, status: 'accepted' };
    if (kind === 'thank-references') Object.assign(fm, { status: 'accepted', decision_date: '2026-11-24' });
    const state = () => agendaOf(vault, '2026-11-24').items.find((i) => i.kind === kind && i.note === 'a.md')?.state;
    expect(state()).not.toBe('done');
    applyToFrontmatter(fm, recordFollowUp(kind, d('2026-11-24')));
    expect(state()).toBe('done');
  });

  it('an offer deadline has no done marker: answering the offer ends it', () => {
    expect(() => recordFollowUp('offer-deadline', d('2026-11-24'))).toThrow(NotRecordableError);
    const vault = { 'a.md': { ...interview(), status: 'offer', decision_date: '2026-11-23', offer_deadline: '2026-12-01' } };
    expect(agendaOf(vault, '2026-11-24').items.map((i) => `${i.kind} ${i.state}`)).toEqual(['offer-deadline due']);
    applyToFrontmatter(vault['a.md'], recordOutcome('accepted', d('2026-11-25')));
    expect(agendaOf(vault, '2026-11-25').items.some((i) => i.kind === 'offer-deadline')).toBe(false);
  });

  it('a status inquiry schedules the next one 5 business days later', () => {
    const fm: Record<string, unknown> = interview();
    applyToFrontmatter(fm, recordFollowUp('status-inquiry', d('2026-11-27')));
    const inquiry = agendaOf({ 'a.md': fm }, '2026-11-27').items.find((i) => i.kind === 'status-inquiry');
    expect([inquiry?.from, inquiry?.state]).toEqual(['2026-12-04', 'waiting']);
  });
});

describe('properties of applyToFrontmatter', () => {
  const key = fc.stringMatching(/^[a-z][a-z ]{0,8}$/).filter((k) => !/^(thank|inquir|status|decision|snooz|referenc|followed|offer|reject)/.test(k.replace(/ /g, '')));
  const value = fc.oneof(fc.string(), fc.constantFrom('2026-11-20', null, true, 3), fc.array(fc.string(), { maxLength: 3 }));
  const frontmatter = fc.dictionary(key, value, { maxKeys: 6 });
  const day = fc.integer({ min: d('2026-01-01'), max: d('2027-12-31') });
  const recording = fc.oneof(
    fc.tuple(fc.constantFrom(...FOLLOW_UP_KINDS.filter((k) => k !== 'offer-deadline')), day).map(([k, x]) => recordFollowUp(k, x)),
    fc.tuple(fc.constantFrom(...STATUSES), day).map(([s, x]) => recordOutcome(s, x)),
    day.map(recordSnooze),
  );

  it('changes only the recorded fields; a second time changes nothing; Undo gives the original back', () => {
    fc.assert(
      fc.property(frontmatter, recording, (fm, r) => {
        const original = structuredClone(fm);
        const applied = applyToFrontmatter(fm, r);
        const fields = r.changes.map((c) => c.field);
        for (const k of Object.keys(original)) expect(fm[k]).toEqual(original[k]);
        expect(Object.keys(fm).sort()).toEqual([...Object.keys(original), ...fields].sort());
        const again = structuredClone(fm);
        expect(applyToFrontmatter(fm, r).changed).toBe(false);
        expect(fm).toEqual(again);
        applied.restore(fm);
        expect(fm).toEqual(original);
      }),
    );
  });

  it('every follow-up kind has its own done marker', () => {
    const fields = FOLLOW_UP_KINDS.map(doneFieldOf).filter((f) => f !== null);
    expect(new Set(fields).size).toBe(FOLLOW_UP_KINDS.length - 1);
  });
});
