import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agendaToJson, buildAgenda, readNote, type Agenda } from '../../src/engine/agenda';
import { CALENDAR_NAME, followUpCalendar, sameCalendarContent } from '../../src/engine/calendar';
import { dayFromParts, formatDay, type Day } from '../../src/engine/dates';
import type { FollowUp } from '../../src/engine/follow-ups';
import { DEFAULT_RULE_SETTINGS } from '../../src/engine/settings';
import { applicationLabel, dayInWords, followUpTitle } from '../../src/engine/words';
import { d } from '../helpers';
import { followUp, interviewNote, person } from '../support/follow-up-objects';

type Notes = Record<string, Record<string, unknown>>;

const GOLDEN = fileURLToPath(new URL('../fixtures/calendar/two-events.ics', import.meta.url));
const STAMP = new Date(Date.UTC(2026, 10, 23, 15, 4, 5));
const LATER_STAMP = new Date(Date.UTC(2026, 10, 27, 7, 30, 0));

const acme = { type: 'interview', company: 'Acme', position: 'Data Analyst' };

function agendaFor(notes: Notes, today: string): Agenda {
  const readings = Object.entries(notes).map(([path, fm]) => readNote(path, fm, d(today), []));
  return buildAgenda(readings, d(today), DEFAULT_RULE_SETTINGS);
}

const VAULT = 'Job Search';

/** The calendar of these follow-ups exported on `today`. */
function calendarOn(followUps: readonly FollowUp[], today: Day, stamp: Date = STAMP): string {
  return followUpCalendar(followUps, { stamp, today, vault: VAULT });
}

/** The calendar of an agenda, exported on its day. */
function calendarOf(agenda: Agenda, stamp: Date = STAMP): string {
  return calendarOn(agenda.followUps, agenda.today, stamp);
}

function exportOf(notes: Notes, today: string, stamp: Date = STAMP): string {
  return calendarOf(agendaFor(notes, today), stamp);
}

/** Where an event should lie: from its first day to the day after its due day, or on the export day when overdue. */
function expectedDays(f: FollowUp, today: Day): string {
  return f.due < today ? `${formatDay(today)} | ${formatDay(today + 1)}` : `${formatDay(f.from)} | ${formatDay(f.due + 1)}`;
}

function open(agenda: Agenda): FollowUp[] {
  return agenda.followUps.filter((f) => f.state !== 'done');
}

/** The summary the calendar should give, in the sidebar's words. */
function expectedSummary(f: FollowUp): string {
  const label = applicationLabel(f);
  return label === '' ? followUpTitle(f) : `${followUpTitle(f)} (${label})`;
}

function parse(ics: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

/** The physical lines, after checking that every line ends in CRLF and no CR or LF stands alone. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  return lines;
}

/** The content lines, unfolded as RFC 5545 3.1 says. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter((l) => l !== '');
}

/**
 * A TEXT value as RFC 5545 3.3.11 writes it: no bare comma, semicolon or
 * backslash, and no control character but a tab (C1 controls count as
 * NON-US-ASCII there, so they may stay).
 */
const TEXT_VALUE = /^(?:[^\\;,\p{Cc}]|[\t\u0080-\u009F]|\\[\\;,nN])*$/u;

/** A control character that TEXT cannot carry as it is (a line break can, escaped). */
function isBareControl(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c < 0x20 && ch !== '\t' && ch !== '\n') || c === 0x7f;
}

/** Everything RFC 5545 asks of the lines themselves. */
function expectWellFormedLines(ics: string): void {
  for (const line of physicalLines(ics)) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // A fold inside a character would leave half a surrogate pair, which UTF-8 cannot carry.
    expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    // A fold inside an escape pair would leave a line ending in an odd run of backslashes.
    expect(line).not.toMatch(/(?:^|[^\\])(?:\\\\)*\\$/);
  }
  for (const line of contentLines(ics)) {
    expect(line).toMatch(/^[A-Z-]+(?:;[A-Z-]+=[A-Z0-9-]+)*:/);
    const text = /^(?:SUMMARY|DESCRIPTION|X-WR-CALNAME):(.*)$/.exec(line);
    if (text) expect(text[1]).toMatch(TEXT_VALUE);
  }
}

function uids(ics: string): string[] {
  return parse(ics).events.map((e) => e.uid);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the calendar file', () => {
  it('is one VCALENDAR with VERSION 2.0, a PRODID, the Gregorian scale and a name', () => {
    const ics = exportOf({ 'Interviews/Acme.md': { ...acme, date: '2026-11-20' } }, '2026-11-23');
    const { calendar } = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Interview Follow-up/);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(CALENDAR_NAME);
    expect(ics.match(/^BEGIN:VCALENDAR\r$/gm)).toHaveLength(1);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expectWellFormedLines(ics);
  });

  it('escapes a calendar name of its own', () => {
    const ics = followUpCalendar([], { stamp: STAMP, today: d('2026-11-23'), vault: VAULT, name: 'Jobs; 2026, mine' });
    expect(contentLines(ics)).toContain('X-WR-CALNAME:Jobs\\; 2026\\, mine');
  });

  it('matches the reviewed example (UPDATE_GOLDEN=1 rewrites it)', () => {
    const notes: Notes = {
      'Interviews/Acme.md': {
        ...acme,
        date: '2026-11-20',
        status: 'next-round',
        interviewer: 'Pat Jones',
        follow_up_by: '2026-11-24',
        deliverable: 'a writing sample',
      },
      'Interviews/Globex.md': { type: 'interview', company: 'Globex', date: '2026-11-18', status: 'next-round', thank_you_sent: '2026-11-18' },
    };
    const ics = exportOf(notes, '2026-11-23');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, ics);
    expect(ics).toBe(readFileSync(GOLDEN, 'utf8'));
    expect(parse(ics).events).toHaveLength(2);
  });
});

describe('events', () => {
  const notes: Notes = {
    'Interviews/Acme.md': {
      ...acme,
      date: '2026-11-20',
      interviewer: ['Pat Jones', 'Sam Lee'],
      references: 'Janet Leverling',
      follow_up_by: '2026-11-24',
    },
    'Interviews/Beta.md': { type: 'interview', company: 'Beta', date: '2026-11-16', status: 'next-round', thank_you_sent: '2026-11-16' },
  };

  it('one all-day event per open follow-up, from its first day to the day after it is due, or on the export day when overdue', () => {
    const agenda = agendaFor(notes, '2026-11-23');
    expect(agenda.followUps.some((f) => f.state === 'done')).toBe(true);
    expect(agenda.followUps.some((f) => f.state === 'overdue')).toBe(true);
    expect(agenda.followUps.some((f) => f.state === 'waiting')).toBe(true);
    const { events } = parse(calendarOf(agenda));
    expect(events).toHaveLength(open(agenda).length);
    const expected = open(agenda).map((f) => `${expectedSummary(f)} | ${expectedDays(f, agenda.today)}`);
    const actual = events.map((e) => `${e.summary} | ${e.startDate.toString()} | ${e.endDate.toString()}`);
    expect(actual.sort()).toEqual(expected.sort());
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.isDate).toBe(true);
    }
  });

  it('a thank-you due the next day spans two days, in the sidebar words with the application', () => {
    const ics = exportOf(notes, '2026-11-20');
    const pat = parse(ics).events.find((e) => e.summary.startsWith('Thank Pat'));
    expect(pat?.summary).toBe('Thank Pat Jones (Acme, Data Analyst)');
    expect(pat?.startDate.toString()).toBe('2026-11-20');
    expect(pat?.endDate.toString()).toBe('2026-11-22');
    expect(pat?.description).toBe('Due by Saturday, November 21.\nNote: Interviews/Acme.md');
    expect(contentLines(ics)).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20261120', 'DTEND;VALUE=DATE:20261122']));
  });

  it('the description names the note and the due day in words', () => {
    const agenda = agendaFor(notes, '2026-11-23');
    const { events } = parse(calendarOf(agenda));
    for (const f of open(agenda)) {
      const e = events.find((x) => x.summary === expectedSummary(f));
      expect(e?.description).toContain(f.note.path);
      expect(e?.description).toContain(dayInWords(f.due));
    }
  });

  it('each event has a display alarm at 09:00 on its first day', () => {
    const { events } = parse(exportOf(notes, '2026-11-23'));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const alarms = e.component.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      const alarm = alarms[0] as ICAL.Component;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm.getFirstPropertyValue('description')).toBe(e.summary);
      const trigger = alarm.getFirstProperty('trigger');
      expect(trigger?.getParameter('related')).toBe('START');
      const duration = trigger?.getFirstValue() as ICAL.Duration;
      expect(duration.toString()).toBe('PT9H');
      // An all-day start is midnight of its day in the person's own time.
      const fires = e.startDate.clone();
      fires.isDate = false;
      fires.addDuration(duration);
      expect([fires.toString(), fires.hour, fires.minute]).toEqual([`${e.startDate.toString()}T09:00:00`, 9, 0]);
    }
  });

  it('done and ended follow-ups have no event; with none open the calendar has no VEVENT', () => {
    const settled: Notes = {
      'Interviews/Acme.md': { ...acme, date: '2026-11-20', interviewer: 'Pat Jones', status: 'rejected', rejection_reply_sent: '2026-11-21' },
      'Interviews/Beta.md': { type: 'interview', company: 'Beta', date: '2026-11-16', status: 'next-round', thank_you_sent: '2026-11-16' },
    };
    const agenda = agendaFor(settled, '2026-11-23');
    expect(agenda.followUps.length).toBeGreaterThan(0);
    expect(open(agenda)).toEqual([]);
    for (const ics of [calendarOf(agenda), calendarOn([], agenda.today)]) {
      const { calendar, events } = parse(ics);
      expect(events).toEqual([]);
      expect(ics).not.toContain('VEVENT');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expectWellFormedLines(ics);
    }
  });
});

describe('UIDs', () => {
  const notes: Notes = {
    'Interviews/Acme.md': { ...acme, date: '2026-11-20', interviewer: ['Pat Jones', 'Sam Lee'], references: 'Janet', follow_up_by: '2026-11-24' },
    'Interviews/Acme 2.md': { ...acme, date: '2026-11-18', interviewer: 'Pat Jones' },
  };

  function uidBySummaryAndNote(ics: string): Map<string, string> {
    return new Map(parse(ics).events.map((e) => [`${e.summary} ${String(e.component.getFirstPropertyValue('url'))}`, e.uid]));
  }

  it('are distinct within an export and the same in an export on another day with another stamp', () => {
    const first = exportOf(notes, '2026-11-20', STAMP);
    const later = exportOf(notes, '2026-11-25', LATER_STAMP);
    const ids = uids(first);
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(uidBySummaryAndNote(later)).toEqual(uidBySummaryAndNote(first));
    for (const uid of ids) expect(uid).toMatch(/^[a-z-]+-[0-9a-f]{16}@interview-follow-up$/);
  });

  it('depend on the note path, the kind and who alone', () => {
    const patUid = (ics: string): string | undefined => parse(ics).events.find((e) => e.summary.startsWith('Thank Pat'))?.uid;
    const base = { ...acme, date: '2026-11-20', interviewer: ['Pat Jones', 'Sam Lee'] };
    const uid = patUid(exportOf({ 'a.md': base }, '2026-11-23'));
    expect(uid).toBeDefined();
    const changed = { ...base, company: 'Acme Corp', date: '2026-11-19', interviewer: ['Sam Lee', 'Pat Jones'], snoozed_until: '2026-11-25' };
    expect(patUid(exportOf({ 'a.md': changed }, '2026-11-24', LATER_STAMP))).toBe(uid);
    expect(patUid(exportOf({ 'b.md': base }, '2026-11-23'))).not.toBe(uid);
    const samUid = parse(exportOf({ 'a.md': base }, '2026-11-23')).events.find((e) => e.summary.startsWith('Thank Sam'))?.uid;
    expect(samUid).not.toBe(uid);
  });

  it('tell apart two people of one name in one note, the same way whatever the order given', () => {
    const agenda = agendaFor({ 'a.md': { ...acme, date: '2026-11-20', interviewer: '[[People/Pat Jones]]' } }, '2026-11-20');
    const cal = (given: readonly FollowUp[]) => calendarOn(given, agenda.today);
    const pat = agenda.followUps.find((f) => f.kind === 'thank-you');
    if (!pat?.person) throw new Error('expected a thank-you to Pat Jones');
    const colleague: FollowUp = { ...pat, person: { ...pat.person, link: 'People/Pat Jones' } };
    const namesake: FollowUp = { ...pat, person: { ...pat.person, link: 'Clients/Pat Jones' } };
    const forward = cal([colleague, namesake]);
    const backward = cal([namesake, colleague]);
    expect(new Set(uids(forward)).size).toBe(2);
    expect(backward).toBe(forward);
    // The same follow-up given twice still gets two UIDs.
    const twice = uids(cal([pat, pat]));
    expect(new Set(twice).size).toBe(2);
    // The first keeps the UID it has alone.
    const alone = uids(cal([pat]))[0];
    expect(twice).toContain(alone);
    // Given in either order, the earlier of two keeps it.
    const moved: FollowUp = { ...pat, from: pat.from + 1, due: pat.due + 1 };
    for (const given of [[pat, moved], [moved, pat]]) {
      const plain = parse(cal(given)).events.find((e) => e.uid === alone);
      expect(plain?.startDate.toString()).toBe(formatDay(pat.from));
    }
  });
});

describe('text', () => {
  const company = 'Smith, Jones; "Partners" \\ Co 🚀';
  const notes: Notes = {
    'Interviews/Smith, Jones; "Partners".md': {
      type: 'interview',
      company,
      position: 'データアナリスト / محلل بيانات',
      date: '2026-11-20',
      interviewer: ['Ольга Петрова', 'Zoë Ångström-Łukasz 👩🏽‍💻'],
      follow_up_by: '2026-11-24',
      deliverable: 'a report:\nsecond line\\end',
    },
  };

  it('commas, semicolons, backslashes, newlines, emoji and other scripts are escaped and come back exactly', () => {
    const agenda = agendaFor(notes, '2026-11-23');
    const ics = calendarOf(agenda);
    expectWellFormedLines(ics);
    expect(ics).toContain('Smith\\, Jones\\; "Partners" \\\\ Co 🚀');
    expect(contentLines(ics).join('\n')).toContain('a report:\\nsecond line\\\\end');
    const { events } = parse(ics);
    expect(events.map((e) => e.summary).sort()).toEqual(open(agenda).map(expectedSummary).sort());
    expect(events.map((e) => e.summary)).toContain(`Thank Ольга Петрова (${company}, データアナリスト / محلل بيانات)`);
    for (const e of events) expect(e.description).toContain('Note: Interviews/Smith, Jones; "Partners".md');
  });

  it('long lines fold at 75 octets with a leading space, never inside a character', () => {
    const long = { 'a.md': { ...acme, company: `${'🚀é中'.repeat(30)}, Inc.`, position: 'Ω'.repeat(100), date: '2026-11-20' } };
    const ics = exportOf(long, '2026-11-23');
    const lines = physicalLines(ics);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
    expectWellFormedLines(ics);
    const agenda = agendaFor(long, '2026-11-23');
    expect(parse(ics).events.map((e) => e.summary).sort()).toEqual(open(agenda).map(expectedSummary).sort());
  });

  it('every line break is a newline, other control characters are left out and a lone surrogate becomes U+FFFD', () => {
    const ics = exportOf({ 'a.md': { ...acme, company: 'Ac\u0007me\u0000 \uD83D Co\r\nLtd\rGroup', date: '2026-11-20' } }, '2026-11-23');
    expectWellFormedLines(ics);
    const summaries = parse(ics).events.map((e) => e.summary);
    expect(summaries).toContain('Send a thank-you note (Acme \uFFFD Co\nLtd\nGroup, Data Analyst)');
  });

  it('any company, position and names: parsed back exactly, lines within 75 octets', () => {
    const special = fc.constantFrom(',', ';', '\\', '\n', '"', ':', ' ', '\t', '🚀', '👩🏽‍💻', 'é', '中', 'ش', 'Я', '[[', ']]');
    const printable = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => !isBareControl(c));
    const text = fc.string({ unit: fc.oneof(special, printable), maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), text, (company, position, interviewers, deliverable) => {
        const agenda = agendaFor(
          { 'Interviews/x.md': { type: 'interview', company, position, interviewer: interviewers, deliverable, follow_up_by: '2026-11-22', date: '2026-11-20' } },
          '2026-11-23',
        );
        const ics = calendarOf(agenda);
        expectWellFormedLines(ics);
        const { events } = parse(ics);
        expect(events.map((e) => e.summary).sort()).toEqual(open(agenda).map(expectedSummary).sort());
        expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      }),
      { numRuns: 300 },
    );
  });

  it('any text at all, control characters and lone surrogates included, still gives a well-formed file', () => {
    const text = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), fc.constantFrom('\uD800', '\uDFFF', '🚀', '\r')), maxLength: 60 });
    fc.assert(
      fc.property(text, text, (company, name) => {
        const ics = exportOf({ 'a.md': { type: 'interview', company, interviewer: name, date: '2026-11-20' } }, '2026-11-23');
        expectWellFormedLines(ics);
        expect(parse(ics).events.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('snooze', () => {
  it('the agenda and the calendar agree after a snooze: the event starts on the snooze day', () => {
    const notes: Notes = {
      'Interviews/Acme.md': { ...acme, date: '2026-11-20', interviewer: 'Pat Jones', follow_up_by: '2026-11-30', snoozed_until: '2026-11-26' },
    };
    const agenda = agendaFor(notes, '2026-11-23');
    const items = agendaToJson(agenda).items;
    const thanks = items.find((i) => i.kind === 'thank-you');
    expect([thanks?.from, thanks?.state]).toEqual(['2026-11-26', 'waiting']);
    const { events } = parse(calendarOf(agenda));
    expect(events).toHaveLength(items.filter((i) => i.state !== 'done').length);
    const pat = events.find((e) => e.summary.startsWith('Thank Pat'));
    expect([pat?.startDate.toString(), pat?.endDate.toString()]).toEqual(['2026-11-26', '2026-11-27']);
    for (const f of open(agenda)) {
      const e = events.find((x) => x.summary === expectedSummary(f));
      expect([e?.startDate.toString(), e?.endDate.toString()]).toEqual([formatDay(f.from), formatDay(f.due + 1)]);
    }
    // A snooze moves the event; it stays the same event.
    const unsnoozed = exportOf({ 'Interviews/Acme.md': { ...notes['Interviews/Acme.md'], snoozed_until: null } }, '2026-11-23');
    expect(uids(calendarOf(agenda)).sort()).toEqual(uids(unsnoozed).sort());
  });
});

describe('DTSTAMP and change detection', () => {
  const notes: Notes = { 'Interviews/Acme.md': { ...acme, date: '2026-11-20', interviewer: 'Pat Jones', follow_up_by: '2026-11-24' } };

  it('DTSTAMP is the stamp given, never the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(2031, 0, 2, 3, 4, 5)));
    const first = exportOf(notes, '2026-11-23');
    vi.setSystemTime(new Date(Date.UTC(2032, 5, 6, 7, 8, 9)));
    expect(exportOf(notes, '2026-11-23')).toBe(first);
    const { events } = parse(first);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(String(e.component.getFirstPropertyValue('dtstamp'))).toBe('2026-11-23T15:04:05Z');
    expect(() => calendarOn([], d('2026-11-23'), new Date(Number.NaN))).toThrow(RangeError);
  });

  it('the same follow-ups give the same content on another day while none of them is overdue, DTSTAMP aside', () => {
    const friday = exportOf(notes, '2026-11-20', STAMP);
    const saturday = exportOf(notes, '2026-11-21', LATER_STAMP);
    expect(saturday).not.toBe(friday);
    expect(sameCalendarContent(friday, saturday)).toBe(true);
  });

  it('an overdue follow-up moves to each day of export, so the content changes from one day to the next', () => {
    const monday = exportOf(notes, '2026-11-23', STAMP);
    const tuesday = exportOf(notes, '2026-11-24', STAMP);
    expect(sameCalendarContent(monday, tuesday)).toBe(false);
    const pat = (ics: string) => parse(ics).events.find((e) => e.summary.startsWith('Thank Pat'));
    expect(pat(monday)?.startDate.toString()).toBe('2026-11-23');
    expect(pat(tuesday)?.startDate.toString()).toBe('2026-11-24');
    expect(pat(tuesday)?.uid).toBe(pat(monday)?.uid);
  });

  it('a follow-up done, snoozed or renamed changes the content', () => {
    const before = exportOf(notes, '2026-11-23');
    const note = notes['Interviews/Acme.md'];
    for (const change of [{ thank_you_sent: '2026-11-21' }, { snoozed_until: '2026-11-25' }, { company: 'Acme Corp' }, { interviewer: 'Pat Jonas' }]) {
      expect(sameCalendarContent(before, exportOf({ 'Interviews/Acme.md': { ...note, ...change } }, '2026-11-23', LATER_STAMP)), JSON.stringify(change)).toBe(false);
    }
    expect(sameCalendarContent(before, before.replace(/END:VCALENDAR\r\n$/, ''))).toBe(false);
  });
});

describe('an overdue follow-up rings on the day of the export', () => {
  const note = interviewNote('Interviews/Acme.md', { company: 'Acme', position: 'Data Analyst', interviewers: [person('Pat Jones')] });
  const thanks = followUp({ kind: 'thank-you', note, person: person('Pat Jones'), from: '2026-11-20', due: '2026-11-21', today: '2026-11-24' });
  const inquiry = followUp({ kind: 'status-inquiry', note, from: '2026-11-27', due: '2026-12-01', today: '2026-11-24' });

  it('is an event on that day, ending the next, read back by ical.js', () => {
    const ics = calendarOn([thanks, inquiry], d('2026-11-24'));
    expectWellFormedLines(ics);
    const { events } = parse(ics);
    const pat = events.find((e) => e.summary === 'Thank Pat Jones (Acme, Data Analyst)');
    expect([pat?.startDate.toString(), pat?.endDate.toString()]).toEqual(['2026-11-24', '2026-11-25']);
    expect(pat?.startDate.isDate).toBe(true);
    expect(contentLines(ics)).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20261124', 'DTEND;VALUE=DATE:20261125']));
    // Its alarm is at 09:00 on the day of the export, not on a day gone by.
    const alarm = pat?.component.getFirstSubcomponent('valarm');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('PT9H');
    // A follow-up not yet overdue keeps its own days.
    const ask = events.find((e) => e.summary.startsWith('Ask Acme'));
    expect([ask?.startDate.toString(), ask?.endDate.toString()]).toEqual(['2026-11-27', '2026-12-02']);
  });

  it('its description says since when it has been overdue, and when it was due', () => {
    const { events } = parse(calendarOn([thanks, inquiry], d('2026-11-24')));
    const pat = events.find((e) => e.summary.startsWith('Thank Pat'));
    expect(pat?.description).toBe('Overdue since Sunday, November 22. Due by Saturday, November 21.\nNote: Interviews/Acme.md');
    const ask = events.find((e) => e.summary.startsWith('Ask Acme'));
    expect(ask?.description).toBe('Due by Tuesday, December 1.\nNote: Interviews/Acme.md');
  });

  it('on its due day it is not overdue yet and keeps its own days', () => {
    const onDueDay = { ...thanks, state: 'due' as const };
    const pat = parse(calendarOn([onDueDay], d('2026-11-21'))).events[0];
    expect([pat?.startDate.toString(), pat?.endDate.toString()]).toEqual(['2026-11-20', '2026-11-22']);
    expect(pat?.description).not.toContain('Overdue');
  });

  it('done follow-ups have no event, a ticked checkbox included', () => {
    const ticked = followUp({ kind: 'thank-you', note, person: person('Pat Jones'), from: '2026-11-20', due: '2026-11-21', today: '2026-11-24', done: true });
    const dated = followUp({ kind: 'status-inquiry', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-24', done: '2026-11-21' });
    expect(parse(calendarOn([ticked, dated], d('2026-11-24'))).events).toEqual([]);
  });
});

describe('each event links to its note in Obsidian', () => {
  it('URL is obsidian://open with the vault and the note path percent-encoded (RFC 3986)', () => {
    const notes: Notes = {
      'Interviews/Acme.md': { ...acme, date: '2026-11-20', interviewer: 'Pat Jones', follow_up_by: '2026-11-24' },
      "Interviews/Smith & Jones (O'Brien)! #2, 50% *final*.md": { type: 'interview', company: 'Smith', date: '2026-11-20' },
      'Entretiens/Société 🚀.md': { type: 'interview', company: 'Société', date: '2026-11-20' },
    };
    const agenda = agendaFor(notes, '2026-11-23');
    const ics = calendarOn(agenda.followUps, agenda.today);
    expectWellFormedLines(ics);
    const { events } = parse(ics);
    expect(events).toHaveLength(open(agenda).length);
    const urls = new Map<string, string>();
    for (const e of events) {
      const url = String(e.component.getFirstPropertyValue('url'));
      expect(url, e.summary).toMatch(/^obsidian:\/\/open\?vault=Job%20Search&file=[A-Za-z0-9%._~-]+$/);
      const file = decodeURIComponent(url.slice(url.indexOf('&file=') + 6));
      expect(e.description).toContain(`Note: ${file}`);
      urls.set(file, url);
    }
    expect(urls.get('Interviews/Acme.md')).toBe('obsidian://open?vault=Job%20Search&file=Interviews%2FAcme.md');
    expect(urls.get("Interviews/Smith & Jones (O'Brien)! #2, 50% *final*.md")).toBe(
      'obsidian://open?vault=Job%20Search&file=Interviews%2FSmith%20%26%20Jones%20%28O%27Brien%29%21%20%232%2C%2050%25%20%2Afinal%2A.md',
    );
    expect(urls.get('Entretiens/Société 🚀.md')).toBe('obsidian://open?vault=Job%20Search&file=Entretiens%2FSoci%C3%A9t%C3%A9%20%F0%9F%9A%80.md');
  });

  it('the vault name is encoded the same way', () => {
    const note = interviewNote('a.md', { company: 'Acme' });
    const ics = followUpCalendar([followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-20' })], {
      stamp: STAMP,
      today: d('2026-11-20'),
      vault: "Jobs (2026) & co's!",
    });
    expect(String(parse(ics).events[0]?.component.getFirstPropertyValue('url'))).toBe('obsidian://open?vault=Jobs%20%282026%29%20%26%20co%27s%21&file=a.md');
  });
});

describe('days a DATE value cannot hold', () => {
  const farDay = dayFromParts(9999, 12, 31) as Day;

  it('a snooze until 9999-12-31 still gives valid eight-digit dates, DTEND after DTSTART', () => {
    const note = interviewNote('Interviews/Acme.md', { company: 'Acme', snoozedUntil: farDay });
    const base = followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-24' });
    const snoozed: FollowUp = { ...base, from: farDay, due: farDay, state: 'waiting' };
    const ics = calendarOn([snoozed], d('2026-11-24'));
    const lines = contentLines(ics);
    expect(lines.filter((l) => /^DT(START|END)/.test(l))).toEqual(['DTSTART;VALUE=DATE:99991230', 'DTEND;VALUE=DATE:99991231']);
    const e = parse(ics).events[0];
    expect([e?.startDate.toString(), e?.endDate.toString()]).toEqual(['9999-12-30', '9999-12-31']);
    expect(e?.endDate.compare(e.startDate)).toBe(1);
  });

  it('a follow-up due on 9999-12-31 keeps its first day and ends on the last day a DATE can hold', () => {
    const note = interviewNote('Interviews/Acme.md', { company: 'Acme' });
    const base = followUp({ kind: 'status-inquiry', note, from: '2026-11-30', due: '2026-12-02', today: '2026-11-24' });
    const ics = calendarOn([{ ...base, due: farDay }], d('2026-11-24'));
    expect(contentLines(ics).filter((l) => /^DT(START|END)/.test(l))).toEqual(['DTSTART;VALUE=DATE:20261130', 'DTEND;VALUE=DATE:99991231']);
  });
});

describe('the follow-ups of the end of a search', () => {
  const acme = interviewNote('Interviews/Acme.md', { company: 'Acme', position: 'Data Analyst', status: 'offer', offerDeadline: d('2026-12-11'), decisionDate: d('2026-12-04') });
  const globex = interviewNote('Interviews/Globex.md', { company: 'Globex', position: 'Engineer' });
  const today = '2026-12-07';

  it('each has an event in the sidebar words, and a link to its note', () => {
    const followUps = [
      followUp({ kind: 'offer-deadline', note: acme, from: '2026-12-04', due: '2026-12-11', today }),
      followUp({ kind: 'offer-nudge', note: globex, from: '2026-12-04', due: '2026-12-08', today, source: acme }),
      followUp({ kind: 'withdraw', note: globex, from: '2026-12-04', due: '2026-12-08', today, source: acme }),
      followUp({ kind: 'thank-references', note: acme, person: person('Janet Leverling'), from: '2026-12-04', due: '2026-12-11', today, source: acme }),
    ];
    const { events } = parse(calendarOn(followUps, d(today)));
    expect(events.map((e) => e.summary).sort()).toEqual([
      "Answer Acme's offer by Friday, December 11 (Acme, Data Analyst)",
      'Tell Globex you have an offer to answer by Friday, December 11 (Globex, Engineer)',
      'Thank your reference Janet Leverling (Acme, Data Analyst)',
      'Withdraw from Globex, Engineer (Globex, Engineer)',
    ]);
    expect(events.map((e) => String(e.component.getFirstPropertyValue('url'))).sort()).toEqual([
      'obsidian://open?vault=Job%20Search&file=Interviews%2FAcme.md',
      'obsidian://open?vault=Job%20Search&file=Interviews%2FAcme.md',
      'obsidian://open?vault=Job%20Search&file=Interviews%2FGlobex.md',
      'obsidian://open?vault=Job%20Search&file=Interviews%2FGlobex.md',
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(4);
  });

  it('a date of next year in words carries its year', () => {
    const late = interviewNote('Interviews/Acme.md', { company: 'Acme', status: 'offer', offerDeadline: d('2027-01-08') });
    const f = followUp({ kind: 'offer-deadline', note: late, from: '2026-12-28', due: '2027-01-08', today: '2026-12-29' });
    const e = parse(calendarOn([f], d('2026-12-29'))).events[0];
    expect(e?.summary).toBe("Answer Acme's offer by Friday, January 8, 2027 (Acme)");
    expect(e?.description).toBe('Due by Friday, January 8, 2027.\nNote: Interviews/Acme.md');
  });
});
