import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../src/engine/agenda';
import type { FollowUp } from '../../src/engine/follow-ups';
import { formatAgenda, PLAIN } from '../../src/cli/format';
import { d, followUp, interviewNote, person } from '../support/follow-up-objects';

function agendaOn(today: string, followUps: FollowUp[]): string {
  const agenda: Agenda = { today: d(today), followUps, problems: [] };
  return formatAgenda(agenda, PLAIN);
}

describe('the agenda for a person', () => {
  const acme = interviewNote('Jobs/Acme.md', { company: 'Acme', position: 'Data Analyst', status: 'offer', offerDeadline: d('2027-01-08') });
  const globex = interviewNote('Jobs/Globex.md', { company: 'Globex', position: 'Engineer' });

  it('says what to do for an offer and when, a date of next year with its year', () => {
    const today = '2026-12-29';
    const text = agendaOn(today, [
      followUp({ kind: 'offer-nudge', note: globex, from: '2026-12-28', due: '2026-12-30', today, source: acme }),
      followUp({ kind: 'offer-deadline', note: acme, from: '2026-12-28', due: '2027-01-08', today }),
      followUp({ kind: 'status-inquiry', note: globex, from: '2027-01-04', due: '2027-01-06', today }),
    ]);
    expect(text.split('\n')).toEqual([
      'Interview follow-ups, Tuesday, December 29, 2026',
      '',
      'Due soon (2)',
      '  • Tell Globex you have an offer to answer by Friday, January 8, 2027 (Globex, Engineer): due tomorrow',
      '    Jobs/Globex.md',
      "  • Answer Acme's offer by Friday, January 8, 2027 (Acme, Data Analyst): 10 days left to answer",
      '    Jobs/Acme.md',
      '',
      'Waiting (1)',
      '  • Ask Globex where the Engineer decision stands (Globex, Engineer): from Monday, January 4, 2027',
      '    Jobs/Globex.md',
      '',
    ]);
  });

  it('after an acceptance: withdraw, decline and thank the references', () => {
    const accepted = interviewNote('Jobs/Acme.md', { company: 'Acme', position: 'Data Analyst', status: 'accepted' });
    const initech = interviewNote('Jobs/Initech.md', { company: 'Initech', position: 'Analyst', status: 'offer' });
    const today = '2026-11-24';
    const text = agendaOn(today, [
      followUp({ kind: 'withdraw', note: globex, from: '2026-11-23', due: '2026-11-25', today, source: accepted }),
      followUp({ kind: 'withdraw', note: initech, from: '2026-11-23', due: '2026-11-25', today, source: accepted }),
      followUp({ kind: 'thank-references', note: accepted, person: person('Janet Leverling'), from: '2026-11-23', due: '2026-11-30', today, source: accepted, done: true }),
    ]);
    expect(text).toContain('  • Withdraw from Globex, Engineer (Globex, Engineer): due tomorrow\n');
    expect(text).toContain("  • Decline Initech's offer (Initech, Analyst): due tomorrow\n");
    expect(text).toContain('Done (1)\n  • Thank your reference Janet Leverling (Acme, Data Analyst): done\n');
  });
});

describe('interviews coming up, in the sidebar\'s words', () => {
  it('lists interviews after today with the days left, soonest first, none with an outcome', () => {
    const notes = [
      interviewNote('Jobs/Later.md', { company: 'Initech', position: 'Analyst', date: d('2026-12-04') }),
      interviewNote('Jobs/Soon.md', { company: 'Globex', position: 'Engineer', date: d('2026-11-25'), time: '14:00' }),
      interviewNote('Jobs/Off.md', { company: 'Hooli', position: 'Analyst', date: d('2026-11-30'), status: 'withdrawn' }),
      interviewNote('Jobs/Past.md', { company: 'Acme', position: 'Analyst', date: d('2026-11-20') }),
    ];
    const text = formatAgenda({ today: d('2026-11-24'), followUps: [], problems: [] }, PLAIN, notes);
    expect(text.split('\n').slice(2)).toEqual([
      'Coming up (2)',
      '  • Interview: Globex, Engineer: tomorrow, Wednesday, November 25 at 14:00',
      '    Jobs/Soon.md',
      '  • Interview: Initech, Analyst: in 10 days, Friday, December 4',
      '    Jobs/Later.md',
      '',
    ]);
  });
});
