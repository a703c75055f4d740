import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { followUpCalendar, obsidianUrl, sameCalendarContent } from '../../src/engine/calendar';
import type { Day } from '../../src/engine/dates';
import type { FollowUp } from '../../src/engine/follow-ups';
import { d, followUp, interviewNote, person } from '../support/follow-up-objects';

const STAMP = new Date(Date.UTC(2026, 10, 23, 15, 4, 5));
const VAULT = 'Job Search';

function calendarOn(followUps: readonly FollowUp[], today: Day, stamp: Date = STAMP): string {
  return followUpCalendar(followUps, { stamp, today, vault: VAULT });
}

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

/** The content lines, unfolded as RFC 5545 3.1 says. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
}

/** The first character (or TEXT escape pair) of a continuation line, its leading space left out. */
function firstToken(continuation: string): string {
  const rest = continuation.slice(1);
  if (rest.startsWith('\\')) return rest.slice(0, 2);
  return String.fromCodePoint(rest.codePointAt(0) ?? 0);
}

/**
 * Every physical line holds at most 75 octets, and a line is folded only
 * when the next character would not fit: no line is cut short.
 */
function expectFoldedAt75Octets(ics: string): void {
  const lines = ics.slice(0, -2).split('\r\n');
  lines.forEach((line, i) => {
    const octets = Buffer.byteLength(line, 'utf8');
    expect(octets, line).toBeLessThanOrEqual(75);
    const next = lines[i + 1];
    if (next?.startsWith(' ') === true) expect(octets + Buffer.byteLength(firstToken(next), 'utf8'), line).toBeGreaterThan(75);
  });
}

/** FNV-1a, 64 bits, over the UTF-8 octets of the text, as Node encodes them. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const octet of Buffer.from(text, 'utf8')) h = ((h ^ BigInt(octet)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('long summaries in any script fold at 75 octets, no earlier and no later', () => {
  const samples: Array<[string, string]> = [
    ['two-octet letters (é)', 'é'.repeat(70)],
    ['the last two-octet character (U+07FF)', '\u07FF'.repeat(70)],
    ['C1 control characters, two octets each (U+0080)', '\u0080'.repeat(70)],
    ['the first three-octet character (U+0800)', '\u0800'.repeat(50)],
    ['three-octet ideographs (日)', '日'.repeat(50)],
    ['the last three-octet character (U+FFFF)', '\uFFFF'.repeat(50)],
    ['the first four-octet character (U+10000)', '\u{10000}'.repeat(40)],
    ['emoji, four octets each', '😀'.repeat(40)],
  ];
  for (const [what, company] of samples) {
    it(`${what}: each line full to 75 octets, the summary read back whole`, () => {
      const note = interviewNote('Interviews/Acme.md', { company });
      const f = followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-20', person: person('Pat Jones') });
      const ics = calendarOn([f], d('2026-11-20'));
      expectFoldedAt75Octets(ics);
      expect(events(ics).map((e) => e.summary)).toEqual([`Thank Pat Jones (${company})`]);
    });
  }
});

describe('an event keeps its UID from one version of the plugin to the next', () => {
  it('the UID is the kind and the FNV-1a hash of the UTF-8 of note path, kind and who, whatever script they are in', () => {
    const paths = [
      'Interviews/Acme.md',
      'Interviews/Café Zürich.md',
      'Interviews/\u0080\u07FF\u0800.md',
      'Interviews/日本 株式会社.md',
      'Interviews/\uFFFF\u{10000} 😀.md',
    ];
    const followUps = paths.flatMap((path, i) => {
      const note = interviewNote(path, { company: `Company ${i}` });
      return [
        followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-20', person: person('Zoë Ångström 😀') }),
        followUp({ kind: 'status-inquiry', note, from: '2026-11-27', due: '2026-12-02', today: '2026-11-20' }),
      ];
    });
    const uids = events(calendarOn(followUps, d('2026-11-20'))).map((e) => e.uid);
    const expected = followUps.map((f) => {
      const who = f.person === null ? '-' : `=${f.person.name}`;
      return `${f.kind}-${fnv1a64(`${f.note.path}\u0000${f.kind}\u0000${who}`)}@interview-follow-up`;
    });
    expect(uids.sort()).toEqual(expected.sort());
  });

  it('two people of one name in one note: the second gets -2 before the @, a third -3', () => {
    const note = interviewNote('Interviews/Acme.md', { company: 'Acme' });
    const pats = [1, 2, 3].map(() =>
      followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-20', person: person('Pat Jones') }),
    );
    const [first, second, third] = events(calendarOn(pats, d('2026-11-20'))).map((e) => e.uid);
    expect(first).toMatch(/^thank-you-[0-9a-f]{16}@interview-follow-up$/);
    expect(second).toBe(first?.replace('@', '-2@'));
    expect(third).toBe(first?.replace('@', '-3@'));
  });
});

describe('events are in order of their days, note, kind and who, whatever order the follow-ups come in', () => {
  /** The calendar's events as `summary start..end`, for every order the follow-ups can be given in. */
  function ordersOf(followUps: FollowUp[], today: string): string[][] {
    return permutations(followUps).map((given) =>
      events(calendarOn(given, d(today))).map((e) => `${e.summary} ${e.startDate.toString()}..${e.endDate.toString()}`),
    );
  }

  it('the earlier first day first, even when its due day is later', () => {
    const acme = interviewNote('Interviews/Acme.md', { company: 'Acme' });
    const globex = interviewNote('Interviews/Globex.md', { company: 'Globex' });
    const fs = [
      followUp({ kind: 'thank-you', note: globex, from: '2026-11-21', due: '2026-11-23', today: '2026-11-19', person: person('Sam Lee') }),
      followUp({ kind: 'status-inquiry', note: acme, from: '2026-11-20', due: '2026-11-30', today: '2026-11-19' }),
    ];
    for (const order of ordersOf(fs, '2026-11-19')) {
      expect(order).toEqual([
        'Ask Acme where their decision stands (Acme) 2026-11-20..2026-12-01',
        'Thank Sam Lee (Globex) 2026-11-21..2026-11-24',
      ]);
    }
  });

  it('on the same first day, the earlier due day first', () => {
    const notes = ['A', 'B', 'C'].map((c) => interviewNote(`Interviews/${c}.md`, { company: c }));
    const fs = [
      followUp({ kind: 'status-inquiry', note: notes[0]!, from: '2026-11-20', due: '2026-11-27', today: '2026-11-19' }),
      followUp({ kind: 'status-inquiry', note: notes[1]!, from: '2026-11-20', due: '2026-11-23', today: '2026-11-19' }),
      followUp({ kind: 'status-inquiry', note: notes[2]!, from: '2026-11-20', due: '2026-11-25', today: '2026-11-19' }),
    ];
    for (const order of ordersOf(fs, '2026-11-19')) {
      expect(order).toEqual([
        'Ask B where their decision stands (B) 2026-11-20..2026-11-24',
        'Ask C where their decision stands (C) 2026-11-20..2026-11-26',
        'Ask A where their decision stands (A) 2026-11-20..2026-11-28',
      ]);
    }
  });

  it('on the same days, by note path', () => {
    const fs = ['B', 'A', 'C'].map((c) =>
      followUp({ kind: 'status-inquiry', note: interviewNote(`Interviews/${c}.md`, { company: c }), from: '2026-11-20', due: '2026-11-23', today: '2026-11-19' }),
    );
    for (const order of ordersOf(fs, '2026-11-19')) {
      expect(order.map((e) => e.split(' ')[1])).toEqual(['A', 'B', 'C']);
    }
  });

  it('in one note on the same days, by kind as the agenda lists kinds', () => {
    const note = interviewNote('Interviews/Acme.md', { company: 'Acme', references: [person('Janet Roe')], followUpBy: d('2026-11-23') });
    const fs = [
      followUp({ kind: 'promised-follow-up', note, from: '2026-11-20', due: '2026-11-23', today: '2026-11-19' }),
      followUp({ kind: 'notify-references', note, from: '2026-11-20', due: '2026-11-23', today: '2026-11-19' }),
      followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-23', today: '2026-11-19', person: person('Pat Jones') }),
    ];
    for (const order of ordersOf(fs, '2026-11-19')) {
      expect(order.map((e) => e.split(' (')[0])).toEqual([
        'Thank Pat Jones',
        'Give your reference Janet Roe a heads-up',
        'Follow up with Acme as promised',
      ]);
    }
  });

  it('in one note, one kind, on the same days, by who', () => {
    const note = interviewNote('Interviews/Acme.md', { company: 'Acme' });
    const fs = ['Sam Lee', 'Ann Poe', 'Pat Jones'].map((name) =>
      followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-19', person: person(name) }),
    );
    for (const order of ordersOf(fs, '2026-11-19')) {
      expect(order.map((e) => e.split(' (')[0])).toEqual(['Thank Ann Poe', 'Thank Pat Jones', 'Thank Sam Lee']);
    }
  });
});

describe('a lone surrogate in a vault or note name', () => {
  it('stands as U+FFFD in the link that opens the note, and the export does not fail', () => {
    expect(obsidianUrl('Job\uD800Search', 'Interviews/a\uDFFFb.md')).toBe('obsidian://open?vault=Job%EF%BF%BDSearch&file=Interviews%2Fa%EF%BF%BDb.md');
    expect(obsidianUrl('\uDBFF', '\uDC00.md')).toBe('obsidian://open?vault=%EF%BF%BD&file=%EF%BF%BD.md');
    const note = interviewNote('Interviews/Acme \uD83D.md', { company: 'Acme' });
    const f = followUp({ kind: 'status-inquiry', note, from: '2026-11-20', due: '2026-11-23', today: '2026-11-19' });
    const ics = followUpCalendar([f], { stamp: STAMP, today: d('2026-11-19'), vault: 'Job \uDE00' });
    expect(contentLines(ics)).toContain('URL:obsidian://open?vault=Job%20%EF%BF%BD&file=Interviews%2FAcme%20%EF%BF%BD.md');
  });
});

describe('the moment of the export', () => {
  it('an invalid time is refused with a message saying what is wrong', () => {
    expect(() => followUpCalendar([], { stamp: new Date(Number.NaN), today: d('2026-11-20'), vault: VAULT })).toThrow(
      new RangeError('The calendar needs a valid time for DTSTAMP'),
    );
  });
});

describe('whether the file in the vault needs rewriting', () => {
  function acmeCalendar(company: string, stamp: Date = STAMP): string {
    const note = interviewNote('Interviews/Acme.md', { company, position: 'Senior Data Analyst, Platform and Infrastructure Team' });
    const f = followUp({ kind: 'thank-you', note, from: '2026-11-20', due: '2026-11-21', today: '2026-11-20', person: person('Pat Jones') });
    return calendarOn([f], d('2026-11-20'), stamp);
  }

  it('a file folded at other places, with tabs, says the same as a fresh export', () => {
    const fresh = acmeCalendar('Acme');
    const refolded = contentLines(fresh)
      .map((line) => (line.match(/.{1,40}/g) ?? []).join('\r\n\t'))
      .map((line) => `${line}\r\n`)
      .join('');
    expect(refolded).not.toBe(fresh);
    expect(sameCalendarContent(refolded, acmeCalendar('Acme', new Date(Date.UTC(2026, 10, 24))))).toBe(true);
    expect(sameCalendarContent(fresh, refolded)).toBe(true);
  });

  it('a summary that merely holds the word DTSTAMP is content: a change to it is a change', () => {
    expect(sameCalendarContent(acmeCalendar('DTSTAMP:A'), acmeCalendar('DTSTAMP:B'))).toBe(false);
    expect(sameCalendarContent(acmeCalendar('x;DTSTAMP;A'), acmeCalendar('x;DTSTAMP;B'))).toBe(false);
  });

  it('a file cut short is not the same as the full export', () => {
    const full = acmeCalendar('Acme');
    const cut = full.slice(0, full.indexOf('\r\nEND:VCALENDAR'));
    expect(sameCalendarContent(cut, full)).toBe(false);
    expect(sameCalendarContent(full, cut)).toBe(false);
  });
});
