import { describe, expect, it } from 'vitest';
import { d } from '../helpers';
import { agendaOf, lines } from './agenda-helpers';

const base = { type: 'interview', company: 'Acme', position: 'Data Analyst' };

describe('thank-you notes', () => {
  it('one per interviewer, due the day after the interview', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-20', interviewer: ['Ms. Pat Jones', 'Sam Lee'] } }, '2026-11-20');
    expect(lines(a.items.filter((i) => i.kind === 'thank-you'))).toEqual([
      'a.md thank-you (Ms. Pat Jones) 2026-11-20..2026-11-21 due',
      'a.md thank-you (Sam Lee) 2026-11-20..2026-11-21 due',
    ]);
  });

  it('one without a name when no interviewer is listed; overdue two days later', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-20' } }, '2026-11-22');
    expect(lines(a.items.filter((i) => i.kind === 'thank-you'))).toEqual(['a.md thank-you 2026-11-20..2026-11-21 overdue']);
  });

  it('the same person listed twice is thanked once', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-20', interviewers: ['Pat Jones', 'Pat Jones'] } }, '2026-11-20');
    expect(a.items.filter((i) => i.kind === 'thank-you')).toHaveLength(1);
  });

  it('a handwritten card is due one business day later: a Friday interview gives Monday', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-27', thank_you_method: 'Handwritten' } }, '2026-11-28');
    expect(lines(a.items.filter((i) => i.kind === 'thank-you'))).toEqual(['a.md thank-you 2026-11-27..2026-11-30 due']);
  });

  it('a handwritten card skips a holiday too', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-25', thank_you_method: 'handwritten' } }, '2026-11-25', { holidays: [d('2026-11-26')] });
    expect(a.items.find((i) => i.kind === 'thank-you')?.due).toBe('2026-11-27');
  });

  it('is done when thank_you_sent is a date or a ticked checkbox, and reported when it is neither', () => {
    const done = agendaOf({ 'a.md': { ...base, date: '2026-11-20', thank_you_sent: '2026-11-20' } }, '2026-11-25');
    expect(done.items.find((i) => i.kind === 'thank-you')?.state).toBe('done');
    const ticked = agendaOf({ 'a.md': { ...base, date: '2026-11-20', thank_you_sent: true } }, '2026-11-25');
    expect(ticked.items.find((i) => i.kind === 'thank-you')?.state).toBe('done');
    expect(ticked.problems).toEqual([]);
    const unticked = agendaOf({ 'a.md': { ...base, date: '2026-11-20', thank_you_sent: false } }, '2026-11-25');
    expect(unticked.items.find((i) => i.kind === 'thank-you')?.state).toBe('overdue');
    expect(unticked.problems).toEqual([]);
    const bad = agendaOf({ 'a.md': { ...base, date: '2026-11-20', thank_you_sent: 'soon' } }, '2026-11-25');
    expect(bad.items.find((i) => i.kind === 'thank-you')?.state).toBe('overdue');
    expect(bad.problems.map((p) => p.field)).toEqual(['thank_you_sent']);
  });
});

describe('references, promises', () => {
  it('notify-references is due on the interview day itself', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-20', references: 'Janet Leverling' } }, '2026-11-21');
    expect(lines(a.items.filter((i) => i.kind === 'notify-references'))).toEqual(['a.md notify-references 2026-11-20..2026-11-20 overdue']);
  });

  it('no heads-up without references', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-20', references: [] } }, '2026-11-21');
    expect(a.items.some((i) => i.kind === 'notify-references')).toBe(false);
  });

  it('the promised follow-up is due on the promised day, and done by followed_up', () => {
    const open = agendaOf({ 'a.md': { ...base, date: '2026-11-20', follow_up_by: '2026-11-24' } }, '2026-11-23');
    expect(lines(open.items.filter((i) => i.kind === 'promised-follow-up'))).toEqual(['a.md promised-follow-up 2026-11-24..2026-11-24 waiting']);
    const kept = agendaOf({ 'a.md': { ...base, date: '2026-11-20', 'Follow Up By': '2026-11-24', followedUp: '2026-11-24' } }, '2026-11-30');
    expect(kept.items.find((i) => i.kind === 'promised-follow-up')?.state).toBe('done');
  });
});

describe('status inquiry', () => {
  const inquiry = (fm: Record<string, unknown>, today: string, settings = {}) =>
    agendaOf({ 'a.md': { ...base, thank_you_sent: '2026-11-20', ...fm } }, today, settings).items.filter((i) => i.kind === 'status-inquiry');

  it('without a promised date: 5 business days after the interview, due 2 business days later', () => {
    expect(lines(inquiry({ date: '2026-11-20' }, '2026-11-27'))).toEqual(['a.md status-inquiry 2026-11-27..2026-12-01 due']);
  });

  it('with a promised date: from the business day after it, never before', () => {
    expect(lines(inquiry({ date: '2026-11-20', promised_date: '2026-12-04' }, '2026-12-04'))).toEqual([
      'a.md status-inquiry 2026-12-07..2026-12-09 waiting',
    ]);
  });

  it('spaced out: 5 business days after the first inquiry, 10 after the second; after three, no more', () => {
    expect(lines(inquiry({ date: '2026-11-02', inquiries: ['2026-11-16', '2026-11-09'] }, '2026-11-24'))).toEqual([
      'a.md status-inquiry 2026-11-30..2026-12-02 waiting',
    ]);
    expect(lines(inquiry({ date: '2026-11-02', inquiries: '2026-11-09' }, '2026-11-24'))).toEqual([
      'a.md status-inquiry 2026-11-16..2026-11-18 overdue',
    ]);
    expect(inquiry({ date: '2026-11-02', inquiries: ['2026-11-09', '2026-11-16', '2026-11-23'] }, '2026-11-24')).toEqual([]);
  });

  it('a bad inquiry date is reported and the good ones still count', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-02', inquiries: ['2026-11-09', 'last week'] } }, '2026-11-24');
    expect(a.problems.map((p) => p.field)).toEqual(['inquiries']);
    expect(a.items.find((i) => i.kind === 'status-inquiry')?.from).toBe('2026-11-16');
  });

  it('the numbers are settings', () => {
    expect(lines(inquiry({ date: '2026-11-20' }, '2026-11-20', { inquiryDaysAfterInterview: 3, inquiryWindowDays: 1 }))).toEqual([
      'a.md status-inquiry 2026-11-25..2026-11-26 waiting',
    ]);
    expect(inquiry({ date: '2026-11-02', inquiries: ['2026-11-09'] }, '2026-11-24', { maxInquiries: 1 })).toEqual([]);
  });

  it('holidays push it back', () => {
    expect(lines(inquiry({ date: '2026-11-20' }, '2026-11-20', { holidays: [d('2026-11-26'), d('2026-11-27')] }))).toEqual([
      'a.md status-inquiry 2026-12-01..2026-12-03 waiting',
    ]);
  });

  it('only on the latest interview of an application', () => {
    const a = agendaOf(
      {
        'r1.md': { ...base, date: '2026-11-10', thank_you_sent: '2026-11-10' },
        'r2.md': { ...base, company: ' ACME ', position: 'data analyst', date: '2026-11-17', thank_you_sent: '2026-11-17' },
      },
      '2026-11-20',
    );
    expect(lines(a.items)).toEqual([
      'r2.md status-inquiry 2026-11-24..2026-11-26 waiting',
      'r1.md thank-you 2026-11-10..2026-11-11 done',
      'r2.md thank-you 2026-11-17..2026-11-18 done',
    ]);
  });

  it('ties on the latest date go to the later path, whatever the time of day', () => {
    const a = agendaOf(
      {
        'b.md': { ...base, date: '2026-11-17T09:00', thank_you_sent: '2026-11-17' },
        'a.md': { ...base, date: '2026-11-17T16:00', thank_you_sent: '2026-11-17' },
      },
      '2026-11-20',
    );
    expect(a.items.filter((i) => i.kind === 'status-inquiry').map((i) => i.note)).toEqual(['b.md']);
  });

  it('a different position is a different application; a note without a company is its own', () => {
    const a = agendaOf(
      {
        'a.md': { ...base, date: '2026-11-10' },
        'b.md': { ...base, position: 'Engineer', date: '2026-11-12' },
        'c.md': { type: 'interview', date: '2026-11-13' },
        'e.md': { type: 'interview', date: '2026-11-14' },
      },
      '2026-11-20',
    );
    expect(a.items.filter((i) => i.kind === 'status-inquiry').map((i) => i.note).sort()).toEqual(['a.md', 'b.md', 'c.md', 'e.md']);
  });

  it('next-round on the latest note ends its inquiry; on an earlier note it changes nothing', () => {
    expect(inquiry({ date: '2026-11-20', status: 'Next Round' }, '2026-12-01')).toEqual([]);
    const a = agendaOf(
      {
        'r1.md': { ...base, date: '2026-11-10', status: 'next-round' },
        'r2.md': { ...base, date: '2026-11-17' },
      },
      '2026-11-20',
    );
    expect(a.items.filter((i) => i.kind === 'status-inquiry').map((i) => i.note)).toEqual(['r2.md']);
  });
});

describe('outcomes', () => {
  it.each(['verbal-offer', 'offer', 'accepted', 'declined', 'rejected', 'withdrawn'])(
    '%s on the latest interview ends the thank-yous, heads-ups, promises and inquiries of every round',
    (status) => {
      const a = agendaOf(
        {
          'r1.md': { ...base, date: '2026-11-10', interviewer: 'Pat', references: ['Janet'], follow_up_by: '2026-11-12' },
          'r2.md': { ...base, date: '2026-11-17', interviewer: 'Sam', status },
        },
        '2026-11-20',
      );
      const kinds = a.items.map((i) => i.kind);
      for (const k of ['thank-you', 'notify-references', 'promised-follow-up', 'status-inquiry']) expect(kinds).not.toContain(k);
    },
  );

  it('an outcome on an earlier round does not end the latest round', () => {
    const a = agendaOf({ 'r1.md': { ...base, date: '2026-11-10', status: 'withdrawn', thank_you_sent: '2026-11-10' }, 'r2.md': { ...base, date: '2026-11-17' } }, '2026-11-17');
    expect(a.items.map((i) => `${i.note} ${i.kind}`)).toContain('r2.md thank-you');
  });

  it('a verbal offer asks for the written offer from the decision day, due the next business day', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-20', status: 'Verbal Offer', decision_date: '2026-11-28' } }, '2026-11-30');
    expect(lines(a.items)).toEqual(['a.md written-offer 2026-11-28..2026-11-30 due']);
    const done = agendaOf({ 'a.md': { ...base, date: '2026-11-20', status: 'verbal_offer', offer_requested: '2026-11-29' } }, '2026-11-30');
    expect(lines(done.items)).toEqual(['a.md written-offer 2026-11-20..2026-11-23 done']);
  });

  it('a rejection asks for a gracious reply, unless that is turned off', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-20', status: 'rejected' } }, '2026-11-20');
    expect(lines(a.items)).toEqual(['a.md rejection-reply 2026-11-20..2026-11-23 due']);
    expect(agendaOf({ 'a.md': { ...base, date: '2026-11-20', status: 'rejected' } }, '2026-11-20', { rejectionReply: false }).items).toEqual([]);
  });
});

describe('future interviews, snooze, states and order', () => {
  it('an interview after today has no follow-ups yet, and nothing is overdue on its day', () => {
    expect(agendaOf({ 'a.md': { ...base, date: '2026-12-07', interviewer: 'Lee' } }, '2026-12-06').items).toEqual([]);
    expect(agendaOf({ 'a.md': { ...base, date: '2026-12-07T18:00', interviewer: 'Lee' } }, '2026-12-07').items.map((i) => i.state)).toEqual(['due', 'waiting']);
  });

  it('a scheduled next round keeps the earlier round from asking for news', () => {
    const a = agendaOf({ 'r1.md': { ...base, date: '2026-11-10', thank_you_sent: '2026-11-10' }, 'r2.md': { ...base, date: '2026-12-07' } }, '2026-11-30');
    expect(a.items.some((i) => i.kind === 'status-inquiry')).toBe(false);
  });

  it('snooze moves open follow-ups to the snooze day, keeps later ones, and leaves done ones alone', () => {
    const a = agendaOf(
      {
        'a.md': {
          ...base,
          date: '2026-11-20',
          interviewer: 'Pat',
          references: ['Janet'],
          references_notified: '2026-11-20',
          follow_up_by: '2026-12-10',
          snoozed_until: '2026-11-30',
        },
      },
      '2026-11-25',
    );
    expect(lines(a.items)).toEqual([
      'a.md thank-you (Pat) 2026-11-30..2026-11-30 waiting',
      'a.md status-inquiry 2026-11-30..2026-12-01 waiting',
      'a.md promised-follow-up 2026-12-10..2026-12-10 waiting',
      'a.md notify-references 2026-11-20..2026-11-20 done',
    ]);
  });

  it('a snooze that has ended changes nothing but the first day', () => {
    const a = agendaOf({ 'a.md': { ...base, date: '2026-11-20', snoozed_until: '2026-11-22' } }, '2026-11-25');
    expect(lines(a.items)).toEqual(['a.md thank-you 2026-11-22..2026-11-22 overdue', 'a.md status-inquiry 2026-11-27..2026-12-01 waiting']);
  });

  it('snooze at its edges: an overdue follow-up waits and is then due on the day; a done one is untouched; a bad day is a problem', () => {
    const snoozed = agendaOf({ 'a.md': { ...base, date: '2026-11-02', snoozed_until: '2026-11-30', thank_you_sent: '2026-11-02' } }, '2026-11-24');
    expect(lines(snoozed.items)).toEqual(['a.md status-inquiry 2026-11-30..2026-11-30 waiting', 'a.md thank-you 2026-11-02..2026-11-03 done']);
    const onTheDay = agendaOf({ 'a.md': { ...base, date: '2026-11-02', snoozed_until: '2026-11-30', thank_you_sent: '2026-11-02' } }, '2026-11-30');
    expect(lines(onTheDay.items)[0]).toBe('a.md status-inquiry 2026-11-30..2026-11-30 due');
    const bad = agendaOf({ 'a.md': { ...base, date: '2026-11-20', snoozed_until: 'next week' } }, '2026-11-24');
    expect(bad.problems.map((p) => p.field)).toEqual(['snoozed_until']);
    expect(lines(bad.items)[0]).toBe('a.md thank-you 2026-11-20..2026-11-21 overdue');
  });

  it('orders by state, due day, path (code units), kind and who', () => {
    const a = agendaOf(
      {
        'b.md': { ...base, company: 'B', date: '2026-11-20', interviewer: ['Zed', 'Amy'], references: ['R'] },
        'B.md': { ...base, company: 'C', date: '2026-11-20' },
        'a.md': { ...base, company: 'A', date: '2026-11-19' },
      },
      '2026-11-21',
    );
    expect(lines(a.items)).toEqual([
      'a.md thank-you 2026-11-19..2026-11-20 overdue',
      'b.md notify-references 2026-11-20..2026-11-20 overdue',
      'B.md thank-you 2026-11-20..2026-11-21 due',
      'b.md thank-you (Amy) 2026-11-20..2026-11-21 due',
      'b.md thank-you (Zed) 2026-11-20..2026-11-21 due',
      'a.md status-inquiry 2026-11-26..2026-11-30 waiting',
      'B.md status-inquiry 2026-11-27..2026-12-01 waiting',
      'b.md status-inquiry 2026-11-27..2026-12-01 waiting',
    ]);
  });
});
