import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_KINDS } from '../../src/engine/follow-up-kinds';
import { run, vault } from './run';

/** Every file of a folder, by path, with its bytes: to show that nothing changed. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub))) {
      const path = sub === '' ? name : `${sub}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else out.set(path, readFileSync(join(dir, path)).toString('base64'));
    }
  };
  walk('');
  return out;
}

function note(fields: Record<string, string>): string {
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\nNotes from the call.\n`;
}

const interview = { type: 'interview', company: 'Globex', position: 'Analyst', date: '2026-11-20', interviewer: 'Ms. Pat Jones' };
const globex = note(interview);

/** A command that must be refused: exit 2, one line on standard error saying why, nothing printed or changed. */
async function expectRefused(v: string, argv: string[], why: RegExp | string, cwd = v): Promise<void> {
  const before = snapshot(v);
  const r = await run(argv, { cwd });
  expect(r.code, argv.join(' ')).toBe(2);
  expect(r.stdout, argv.join(' ')).toBe('');
  expect(r.stderr, argv.join(' ')).toMatch(/^interview-follow-up: [^\n]+\n$/);
  if (typeof why === 'string') expect(r.stderr).toBe(`interview-follow-up: ${why}\n`);
  else expect(r.stderr, argv.join(' ')).toMatch(why);
  expect(snapshot(v)).toEqual(before);
}

describe('draft and mark act only on a follow-up the note has', () => {
  // Globex, interviewed on Friday 2026-11-20, is waiting on Tuesday 2026-11-24: it has a thank-you and a status inquiry, nothing else.
  const lacking: Array<[string, RegExp | string]> = [
    ['notify-references', 'Globex.md has no notify-references follow-up: no references are listed in it'],
    ['promised-follow-up', 'Globex.md has no promised-follow-up follow-up: it has no follow_up_by date'],
    ['written-offer', 'Globex.md has no written-offer follow-up: there is no verbal offer; its status is waiting'],
    ['rejection-reply', 'Globex.md has no rejection-reply follow-up: it was not rejected; its status is waiting'],
    ['offer-nudge', 'Globex.md has no offer-nudge follow-up: no other application has an offer with a deadline still to come'],
    ['withdraw', 'Globex.md has no withdraw follow-up: no other application has been accepted'],
    ['thank-references', 'Globex.md has no thank-references follow-up: this application is not the accepted one; its status is waiting'],
  ];

  it.each(lacking)('%s: draft and mark are refused, saying why, and nothing changes', async (kind, why) => {
    const v = vault({ 'Globex.md': globex });
    await expectRefused(v, ['draft', 'Globex.md', kind, '--today', '2026-11-24'], why);
    await expectRefused(v, ['mark', 'Globex.md', kind], why);
  });

  it('offer-deadline: draft says there is no offer; mark is refused whatever the note, since answering ends it', async () => {
    const v = vault({ 'Globex.md': globex });
    await expectRefused(v, ['draft', 'Globex.md', 'offer-deadline'], 'Globex.md has no offer-deadline follow-up: there is no offer to answer; its status is waiting');
    await expectRefused(v, ['mark', 'Globex.md', 'offer-deadline'], /nothing to mark done: answer the offer with: interview-follow-up outcome Globex\.md accepted \(or declined\)/);
  });

  it('the follow-ups the note has are drafted and marked', async () => {
    const v = vault({ 'Globex.md': globex });
    expect((await run(['draft', 'Globex.md', 'thank-you', '--today', '2026-11-20'], { cwd: v })).code).toBe(0);
    const r = await run(['mark', 'Globex.md', 'status-inquiry'], { cwd: v });
    expect(r.stdout).toBe('Recorded in Globex.md: status inquiry sent on 2026-11-24 (inquiries)\n');
  });

  it('a note that is not an interview note: every kind is refused, and outcome and snooze too', async () => {
    const v = vault({ 'Recipes.md': note({ tags: '[cooking]', date: '2026-11-20' }), 'Plain.md': 'Just text.\n' });
    for (const file of ['Recipes.md', 'Plain.md']) {
      for (const kind of [...FOLLOW_UP_KINDS, 'linkedin-note']) {
        await expectRefused(v, ['draft', file, kind], `${file} is not an interview note; give it type: interview, a company and a date (tracking the note does that: the track command, or "Track this note as an interview" in Obsidian)`);
      }
      for (const kind of FOLLOW_UP_KINDS.filter((k) => k !== 'offer-deadline')) {
        await expectRefused(v, ['mark', file, kind], /is not an interview note/);
      }
      await expectRefused(v, ['outcome', file, 'offer'], /is not an interview note/);
      await expectRefused(v, ['snooze', file, '--until', '2026-11-30'], /is not an interview note/);
    }
  });

  it('an outcome ends the first follow-ups; a next round, the inquiry; three inquiries are the most', async () => {
    const v = vault({
      'Rejected.md': note({ ...interview, company: 'Initech', status: 'rejected', decision_date: '2026-11-23' }),
      'Next.md': note({ ...interview, company: 'Umbrella', status: 'next-round' }),
      'Asked.md': note({ ...interview, company: 'Hooli', date: '2026-10-01', inquiries: '[2026-10-08, 2026-10-15, 2026-10-30]', thank_you_sent: '2026-10-01' }),
    });
    for (const kind of ['thank-you', 'status-inquiry']) {
      await expectRefused(v, ['mark', 'Rejected.md', kind], `Rejected.md has no ${kind} follow-up: the application has an outcome; its status is rejected`);
    }
    await expectRefused(v, ['draft', 'Next.md', 'status-inquiry'], /Next\.md has no status-inquiry follow-up: its status is next-round/);
    await expectRefused(v, ['mark', 'Asked.md', 'status-inquiry'], 'Asked.md has no status-inquiry follow-up: 3 inquiries have been sent, the most the settings allow');
    expect((await run(['mark', 'Rejected.md', 'rejection-reply'], { cwd: v })).code).toBe(0);
  });

  it('replies to rejections turned off in the settings; an offer without offer_deadline; an earlier round', async () => {
    const v = vault({
      '.obsidian/plugins/interview-follow-up/data.json': JSON.stringify({ rejectionReply: false }),
      'Rejected.md': note({ ...interview, company: 'Initech', status: 'rejected' }),
      'Offer.md': note({ ...interview, company: 'Acme', status: 'offer', decision_date: '2026-11-23' }),
      'Round 1.md': note({ ...interview, date: '2026-11-10' }),
      'Round 2.md': globex,
    });
    await expectRefused(v, ['draft', 'Rejected.md', 'rejection-reply'], 'Rejected.md has no rejection-reply follow-up: replies to rejections are turned off in the settings');
    await expectRefused(v, ['draft', 'Offer.md', 'offer-deadline'], 'Offer.md has no offer-deadline follow-up: it has no offer_deadline');
    await expectRefused(v, ['mark', 'Round 1.md', 'status-inquiry'], "Round 1.md has no status-inquiry follow-up: it is not the application's latest round; that is Round 2.md, which asks instead");
  });

  it('a thank-you after the interview only, and to someone it names (--who)', async () => {
    const v = vault({ 'Later.md': note({ ...interview, date: '2026-12-07' }), 'Globex.md': globex });
    await expectRefused(v, ['draft', 'Later.md', 'thank-you'], 'Later.md has no thank-you follow-up: the interview is on Monday, December 7, after today; its follow-ups begin then');
    await expectRefused(v, ['draft', 'Globex.md', 'thank-you', '--who', 'Sam Lee'], "Globex.md has no thank-you follow-up for 'Sam Lee': it thanks Ms. Pat Jones");
    const r = await run(['draft', 'Globex.md', 'thank-you', '--who', 'pat jones', '--today', '2026-11-20'], { cwd: v });
    expect(r.stdout).toMatch(/Dear Ms\. Jones/);
  });

  it('linkedin-note is drafted for any interview note naming an interviewer, and never marked', async () => {
    const v = vault({ 'Rejected.md': note({ ...interview, status: 'rejected' }), 'Nobody.md': note({ type: 'interview', company: 'Acme', date: '2026-11-20' }) });
    const r = await run(['draft', 'Rejected.md', 'linkedin-note'], { cwd: v });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Jones');
    await expectRefused(v, ['draft', 'Nobody.md', 'linkedin-note'], 'Nobody.md names no interviewer to write a LinkedIn note to; add one under interviewer');
    await expectRefused(v, ['mark', 'Rejected.md', 'linkedin-note'], 'Rejected.md has no linkedin-note follow-up: a LinkedIn note is a draft only, with nothing to mark done');
  });
});

describe('the follow-ups of the search’s end', () => {
  // Acme offered on Monday 2026-11-23, to be answered by Tuesday 2026-12-01; Globex is still open.
  const offerVault = (): string =>
    vault({
      'Acme.md': note({ ...interview, company: 'Acme', status: 'offer', decision_date: '2026-11-23', offer_deadline: '2026-12-01', references: '[Janet Leverling]' }),
      'Globex.md': globex,
    });

  it('an offer elsewhere gives the open application an offer-nudge, which is drafted and marked', async () => {
    const v = offerVault();
    const d = await run(['draft', 'Globex.md', 'offer-nudge'], { cwd: v });
    expect(d.code).toBe(0);
    expect(d.stdout).not.toBe('');
    const m = await run(['mark', 'Globex.md', 'offer-nudge', '--date', '2026-11-24'], { cwd: v });
    expect(m.code).toBe(0);
    expect(readFileSync(join(v, 'Globex.md'), 'utf8')).toContain('offer_nudge_sent: 2026-11-24\n---');
  });

  it('the application with the offer has its deadline, drafted, but not a nudge of its own', async () => {
    const v = offerVault();
    expect((await run(['draft', 'Acme.md', 'offer-deadline'], { cwd: v })).code).toBe(0);
    await expectRefused(v, ['draft', 'Acme.md', 'offer-nudge'], /Acme\.md has no offer-nudge follow-up: this application has an offer itself; its status is offer/);
    await expectRefused(v, ['mark', 'Acme.md', 'offer-deadline'], /answer the offer with: interview-follow-up outcome Acme\.md accepted/);
  });

  it('an acceptance gives the others a withdrawal and the accepted one its thanks to references', async () => {
    const v = vault({
      'Acme.md': note({ ...interview, company: 'Acme', status: 'accepted', decision_date: '2026-11-23', references: '[Janet Leverling]' }),
      'Globex.md': globex,
    });
    expect((await run(['mark', 'Globex.md', 'withdraw'], { cwd: v })).code).toBe(0);
    const thanks = await run(['draft', 'Acme.md', 'thank-references', '--who', 'Janet Leverling'], { cwd: v });
    expect(thanks.code).toBe(0);
    expect(thanks.stdout).toContain('Hi Janet,');
    await expectRefused(v, ['draft', 'Acme.md', 'withdraw'], /Acme\.md has no withdraw follow-up: the application is over; its status is accepted/);
    await expectRefused(v, ['draft', 'Globex.md', 'thank-references'], /this application is not the accepted one/);
  });
});

describe('draft of a follow-up that is not due now', () => {
  it('waiting: printed, and standard error says from when', async () => {
    const v = vault({ 'Globex.md': globex });
    const r = await run(['draft', 'Globex.md', 'status-inquiry', '--today', '2026-11-24'], { cwd: v });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Subject: /);
    expect(r.stderr).toContain('interview-follow-up: Globex.md: this status-inquiry follow-up is not due until Friday, November 27\n');
  });

  it('done: printed, and standard error says when it was done', async () => {
    const v = vault({ 'Dated.md': note({ ...interview, thank_you_sent: '2026-11-21' }), 'Ticked.md': note({ ...interview, company: 'Initech', thank_you_sent: 'true' }) });
    const dated = await run(['draft', 'Dated.md', 'thank-you', '--today', '2026-11-24'], { cwd: v });
    expect(dated.code).toBe(0);
    expect(dated.stdout).toMatch(/Dear Ms\. Jones/);
    expect(dated.stderr).toContain('interview-follow-up: Dated.md: this thank-you follow-up is already done on Saturday, November 21\n');
    const ticked = await run(['draft', 'Ticked.md', 'thank-you', '--today', '2026-11-24'], { cwd: v });
    expect(ticked.stderr).toContain('interview-follow-up: Ticked.md: this thank-you follow-up is already done\n');
  });

  it('due: no such notice', async () => {
    const v = vault({ 'Globex.md': globex });
    const r = await run(['draft', 'Globex.md', 'thank-you', '--today', '2026-11-20'], { cwd: v });
    expect(r.stderr).not.toMatch(/not due|already done/);
  });
});

describe('outcome goes into the application’s latest round', () => {
  it('named an earlier round, it writes the latest and says so; the earlier note is unchanged', async () => {
    const round1 = note({ ...interview, date: '2026-11-10' });
    const v = vault({ 'Interviews/Globex 1.md': round1, 'Interviews/Globex 2.md': globex, 'Interviews/Other.md': note({ ...interview, position: 'Engineer', date: '2026-11-30' }) });
    const r = await run(['outcome', 'Interviews/Globex 1.md', 'offer', '--date', '2026-11-24'], { cwd: v });
    expect(r).toEqual({
      code: 0,
      stdout: "Recorded in Interviews/Globex 2.md (the application's latest round; Interviews/Globex 1.md was left as it was): status offer, decided on 2026-11-24 (status, decision_date)\n",
      stderr: '',
    });
    expect(readFileSync(join(v, 'Interviews/Globex 1.md'), 'utf8')).toBe(round1);
    expect(readFileSync(join(v, 'Interviews/Globex 2.md'), 'utf8')).toContain('status: offer\ndecision_date: 2026-11-24\n---');
  });

  it('two rounds on one day: the later path is the latest', async () => {
    const v = vault({ 'A.md': globex, 'B.md': globex });
    const r = await run(['outcome', 'A.md', 'rejected'], { cwd: v });
    expect(r.stdout).toMatch(/^Recorded in B\.md \(the application's latest round; A\.md was left as it was\)/);
    expect(readFileSync(join(v, 'A.md'), 'utf8')).toBe(globex);
  });

  it('named the latest round, it writes that note and says nothing more', async () => {
    const v = vault({ 'Globex 1.md': note({ ...interview, date: '2026-11-10' }), 'Globex 2.md': globex });
    const r = await run(['outcome', 'Globex 2.md', 'next-round'], { cwd: v });
    expect(r.stdout).toBe('Recorded in Globex 2.md: status next-round, decided on 2026-11-24 (status, decision_date)\n');
  });
});

describe('NOTE is a path from the current folder, inside the vault', () => {
  /** A vault with `.obsidian`, a note at its root and a same-named note in `Interviews/`. */
  function twoAcmes(): string {
    const v = vault({ 'Acme.md': globex, 'Interviews/Acme.md': globex });
    mkdirSync(join(v, '.obsidian'));
    return v;
  }

  it('mark from a subfolder with --vault .. writes the note in that subfolder, not the same-named one at the root', async () => {
    const v = twoAcmes();
    const r = await run(['mark', 'Acme.md', 'thank-you', '--vault', '..'], { cwd: join(v, 'Interviews') });
    expect(r.stdout).toBe('Recorded in Interviews/Acme.md: thank-you sent on 2026-11-24 (thank_you_sent)\n');
    expect(readFileSync(join(v, 'Acme.md'), 'utf8')).toBe(globex);
    expect(readFileSync(join(v, 'Interviews/Acme.md'), 'utf8')).toContain('thank_you_sent: 2026-11-24');
  });

  it('without --vault, the vault is the nearest folder above the note holding .obsidian', async () => {
    const v = twoAcmes();
    const r = await run(['snooze', 'Acme.md', '--until', '2026-11-30'], { cwd: join(v, 'Interviews') });
    expect(r.stdout).toBe('Recorded in Interviews/Acme.md: follow-ups snoozed until 2026-11-30 (snoozed_until)\n');
    expect(readFileSync(join(v, 'Acme.md'), 'utf8')).toBe(globex);
    const d = await run(['draft', join(basename(v), 'Interviews/Acme.md'), 'thank-you', '--today', '2026-11-20'], { cwd: join(v, '..') });
    expect(d.code, d.stderr).toBe(0);
  });

  it('a path that leaves the vault, or a note only found inside the vault by another path, is refused', async () => {
    const v = twoAcmes();
    await expectRefused(v, ['mark', '../Acme.md', 'thank-you', '--vault', '.'], /the note '\.\.\/Acme\.md' is not inside the vault '\.'/, join(v, 'Interviews'));
    // Vault-relative paths are not looked up: from elsewhere, Interviews/Acme.md is that folder's, not the vault's.
    const elsewhere = vault({});
    await expectRefused(v, ['mark', 'Interviews/Acme.md', 'thank-you', '--vault', v], /is not inside the vault/, elsewhere);
  });

  it('without .obsidian and without --vault, the vault is the current folder', async () => {
    const v = vault({ 'Acme.md': globex, 'Interviews/Acme.md': globex });
    const r = await run(['mark', 'Interviews/Acme.md', 'thank-you'], { cwd: v });
    expect(r.stdout).toBe('Recorded in Interviews/Acme.md: thank-you sent on 2026-11-24 (thank_you_sent)\n');
    await expectRefused(v, ['mark', '../Acme.md', 'thank-you'], /the note '\.\.\/Acme\.md' is not inside the vault '.*Interviews'; give the vault with --vault DIR$/m, join(v, 'Interviews'));
  });
});

describe('--property FIELD=NAME', () => {
  const own = '---\ntype: interview\ncompany: Globex\nInterview Day: 2026-11-20\ninterviewer: Ms. Pat Jones\n---\n';

  async function items(argv: string[]): Promise<string[]> {
    const r = await run(argv);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { items: Array<{ kind: string; from: string }> }).items.map((i) => `${i.kind} ${i.from}`);
  }

  it('reads a field under the person’s own property name, on the command line or in the saved settings', async () => {
    const v = vault({ 'Globex.md': own });
    expect(await items(['agenda', v, '--today', '2026-11-24', '--json', '--property', 'date=Interview Day'])).toEqual(['thank-you 2026-11-20', 'status-inquiry 2026-11-27']);
    const saved = vault({ 'Globex.md': own, '.obsidian/plugins/interview-follow-up/data.json': JSON.stringify({ propertyNames: { date: 'Interview Day' } }) });
    expect(await items(['agenda', saved, '--today', '2026-11-24', '--json'])).toEqual(['thank-you 2026-11-20', 'status-inquiry 2026-11-27']);
  });

  it('the command line’s name for a field replaces the saved one', async () => {
    const v = vault({ 'Globex.md': own.replace('Interview Day', 'Met On'), '.obsidian/plugins/interview-follow-up/data.json': JSON.stringify({ propertyNames: { date: 'Interview Day' } }) });
    expect(await items(['agenda', v, '--today', '2026-11-24', '--json', '--property=date=Met On'])).toEqual(['thank-you 2026-11-20', 'status-inquiry 2026-11-27']);
  });

  it('mark, draft, outcome and snooze take it too; mark writes under that name', async () => {
    const v = vault({ 'Globex.md': own });
    expect((await run(['draft', 'Globex.md', 'thank-you', '--property', 'date=Interview Day', '--today', '2026-11-20'], { cwd: v })).code).toBe(0);
    await expectRefused(v, ['mark', 'Globex.md', 'thank-you'], /Globex\.md has no thank-you follow-up: it has no interview date/);
    const r = await run(['mark', 'Globex.md', 'thank-you', '--property', 'date=Interview Day', '--property', 'thank_you_sent=Thanked'], { cwd: v });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(v, 'Globex.md'), 'utf8')).toContain('Thanked: 2026-11-24\n---');
    expect((await run(['snooze', 'Globex.md', '--until', '2026-11-30', '--property', 'date=Interview Day'], { cwd: v })).code).toBe(0);
    expect((await run(['outcome', 'Globex.md', 'offer', '--property', 'date=Interview Day'], { cwd: v })).code).toBe(0);
  });

  it.each([
    [['agenda', '.', '--property', 'dat=Day'], "--property: 'dat' is not a field of an interview note; did you mean date?"],
    [['agenda', '.', '--property', 'role=Job'], "--property: 'role' is not a field of an interview note; did you mean position? (role is one of its other names)"],
    [['mark', 'A.md', 'thank-you', '--property', 'thanks_sent=Thanked'], "--property: 'thanks_sent' is not a field of an interview note; did you mean thank_you_sent?"],
    [['draft', 'A.md', 'thank-you', '--property', 'date'], /--property: 'date' has no '='/],
    [['outcome', 'A.md', 'offer', '--property', 'date='], /--property date= needs your property's name/],
    [['snooze', 'A.md', '--until', '2026-11-30', '--property'], /--property needs a field/],
    [['agenda', '.', '--property', 'date=A', '--property', 'Date=B'], /--property date was given twice/],
    [['agenda', '.', '--property', 'colour=Blue'], /the fields are date, company, position/],
  ])('%j is a usage error', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof message === 'string') expect(r.stderr).toBe(`interview-follow-up: ${message}\n`);
    else expect(r.stderr).toMatch(message);
  });

  it('a field written another way is the same field', async () => {
    const v = vault({ 'Globex.md': own.replace('Interview Day', 'Promised') });
    const r = await run(['agenda', v, '--today', '2026-11-24', '--json', '--property', 'Promised Date=Promised']);
    expect(r.code).toBe(0);
  });
});

describe('help', () => {
  it('COMMAND --help prints that command’s help only', async () => {
    for (const command of ['agenda', 'calendar', 'draft', 'mark', 'outcome', 'snooze', 'new']) {
      const r = await run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(`Usage: interview-follow-up ${command} `)).toBe(true);
      expect(r.stdout.match(/interview-follow-up \w+/g)?.every((m) => m === `interview-follow-up ${command}` || m === 'interview-follow-up outcome')).toBe(true);
    }
    expect((await run(['help', 'mark'])).stdout).toBe((await run(['mark', 'Globex.md', 'thank-you', '-h'])).stdout);
  });

  it('the help says what draft and mark act on, where NOTE is read from, and --property', async () => {
    const mark = (await run(['mark', '--help'])).stdout;
    expect(mark).toContain('a follow-up the note has');
    expect(mark).toContain('path from the current folder');
    expect(mark).toContain('--property FIELD=NAME');
    expect((await run(['outcome', '--help'])).stdout).toContain("application's latest round");
    expect((await run(['draft', '--help'])).stdout).toContain('not due until');
    const all = (await run(['--help'])).stdout;
    expect(all).toContain('interview-follow-up agenda [VAULT]');
    expect(all).toContain('[--property FIELD=NAME]');
  });

  it('help for a command that does not exist is a usage error', async () => {
    const r = await run(['plan', '--help']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'plan'/);
  });
});
