import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, vault } from './run';

const DATA = '.obsidian/plugins/interview-follow-up/data.json';

const acme = [
  '---',
  'type: interview',
  'company: Acme',
  'position: Data Analyst',
  'date: 2026-11-20',
  'interviewer: Ms. Pat Jones',
  '---',
  'Notes.',
  '',
].join('\n');

function saved(v: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(v, DATA), 'utf8')) as Record<string, unknown>;
}

describe('interview-follow-up config', () => {
  it('config set name: the next draft ends with that name instead of [your name]', async () => {
    const v = vault({ '.obsidian/app.json': '{}', 'Interviews/Acme.md': acme });
    const before = await run(['draft', 'Interviews/Acme.md', 'thank-you', '--today', '2026-11-20'], { cwd: v });
    expect(before.stdout.trimEnd()).toMatch(/\[your name\]$/);
    expect(before.stderr).toContain('interview-follow-up config set name "Your Name"');

    const set = await run(['config', 'set', 'name', 'Alex Morgan'], { cwd: v });
    expect(set.code).toBe(0);
    expect(set.stdout).toBe(`your name is Alex Morgan; saved in ${DATA}\n`);
    expect(set.stderr).toBe('');

    const after = await run(['draft', 'Interviews/Acme.md', 'thank-you', '--today', '2026-11-20'], { cwd: v });
    expect(after.code).toBe(0);
    expect(after.stdout.trimEnd()).toMatch(/\nAlex Morgan$/);
    expect(after.stdout).not.toContain('[your name]');
    expect(after.stderr).not.toContain('config set name');
  });

  it('writes the data.json the plugin reads, keeping every other key as it was', async () => {
    const others = { interviewFolders: ['Jobs'], holidays: ['2026-11-26'], lapseDays: 21, propertyNames: { date: 'Interview Day' }, yourPhone: '+1 555 0100', showDone: false };
    const v = vault({ '.obsidian/app.json': '{}', [DATA]: JSON.stringify(others, null, 2) });
    expect((await run(['config', 'set', 'email', 'alex.morgan@example.com'], { cwd: v })).code).toBe(0);
    expect(saved(v)).toEqual({ ...others, yourEmail: 'alex.morgan@example.com' });
    expect(Object.keys(saved(v))).toEqual([...Object.keys(others), 'yourEmail']);
    expect((await run(['config', 'set', 'phone', '+44 20 7946 0000'], { cwd: v })).code).toBe(0);
    expect(saved(v)).toEqual({ ...others, yourPhone: '+44 20 7946 0000', yourEmail: 'alex.morgan@example.com' });
    // Nothing is left beside it.
    expect(readdirSync(join(v, '.obsidian/plugins/interview-follow-up'))).toEqual(['data.json']);
  });

  it('finds the vault above the current folder, as the plugin would, or takes --vault', async () => {
    const v = vault({ '.obsidian/app.json': '{}', 'Interviews/Acme.md': acme });
    const r = await run(['config', 'set', 'name', 'Alex Morgan'], { cwd: join(v, 'Interviews') });
    expect(r.code).toBe(0);
    expect(saved(v)).toEqual({ yourName: 'Alex Morgan' });

    const elsewhere = vault({});
    expect((await run(['config', 'set', 'name', 'Sam Rivera', '--vault', v], { cwd: elsewhere })).code).toBe(0);
    expect(saved(v)).toEqual({ yourName: 'Sam Rivera' });
    expect(readdirSync(elsewhere)).toEqual([]);

    const missing = await run(['config', 'list', '--vault', join(elsewhere, 'nope')], { cwd: elsewhere });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^interview-follow-up: the vault '.*nope' does not exist or is not a folder\n$/);
  });

  it('creates the folder and the file where there is no plugin yet, and says so', async () => {
    const v = vault({ 'Acme.md': acme });
    const r = await run(['config', 'set', 'name', 'Alex Morgan'], { cwd: v });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/held no \.obsidian folder, so one was made/);
    expect(readFileSync(join(v, DATA), 'utf8')).toBe('{\n  "yourName": "Alex Morgan"\n}');
  });

  it('four settings saved at once into a new file all arrive', async () => {
    const v = vault({ '.obsidian/app.json': '{}' });
    const codes = await Promise.all([
      run(['config', 'set', 'name', 'Alex Morgan'], { cwd: v }),
      run(['config', 'set', 'email', 'alex@example.com'], { cwd: v }),
      run(['config', 'set', 'phone', '555 0100'], { cwd: v }),
      run(['config', 'set', 'signature', 'Best,\\nAlex'], { cwd: v }),
    ]);
    expect(codes.map((c) => c.code)).toEqual([0, 0, 0, 0]);
    expect(saved(v)).toEqual({ yourName: 'Alex Morgan', yourEmail: 'alex@example.com', yourPhone: '555 0100', signature: 'Best,\nAlex' });
  });

  it('get, list and unset', async () => {
    const v = vault({ '.obsidian/app.json': '{}', [DATA]: JSON.stringify({ yourName: 'Alex Morgan', signature: 'Best regards,\nAlex', newNoteFolder: 'Jobs' }) });
    expect(await run(['config', 'get', 'name'], { cwd: v })).toEqual({ code: 0, stdout: 'Alex Morgan\n', stderr: '' });
    const phone = await run(['config', 'get', 'phone'], { cwd: v });
    expect(phone).toMatchObject({ code: 0, stdout: '' });
    expect(phone.stderr).toContain('your phone is not set');
    expect((await run(['config', 'list'], { cwd: v })).stdout).toBe(
      'name:      Alex Morgan\nemail:     (not set)\nphone:     (not set)\nsignature: Best regards,\n           Alex\n',
    );
    expect((await run(['config', 'unset', 'signature'], { cwd: v })).code).toBe(0);
    expect(saved(v)).toEqual({ yourName: 'Alex Morgan', signature: '', newNoteFolder: 'Jobs' });
    expect((await run(['config', 'list'], { cwd: v })).stdout).toContain('signature: (not set)');
  });

  it('a settings file that is not JSON is left as it was, with exit status 2', async () => {
    const broken = '{"yourName": "Alex", ';
    const v = vault({ '.obsidian/app.json': '{}', [DATA]: broken });
    const r = await run(['config', 'set', 'name', 'Alex Morgan'], { cwd: v });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not valid JSON, so it was left as it was');
    expect(readFileSync(join(v, DATA), 'utf8')).toBe(broken);
  });

  it('a read-only settings file is refused and left as it was', async () => {
    const text = JSON.stringify({ yourName: 'Alex' });
    const v = vault({ '.obsidian/app.json': '{}', [DATA]: text });
    chmodSync(join(v, DATA), 0o444);
    const r = await run(['config', 'set', 'name', 'Alex Morgan'], { cwd: v });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/read-only/);
    expect(readFileSync(join(v, DATA), 'utf8')).toBe(text);
    chmodSync(join(v, DATA), 0o644);
  });

  it.each([
    [['config', 'set', 'nmae', 'Alex'], "interview-follow-up: 'nmae' is not one of your details; did you mean name? Use name, email, phone or signature\n"],
    [['config', 'sett', 'name', 'Alex'], 'interview-follow-up: config sett: did you mean config set? Use config set, get, unset or list, such as: interview-follow-up config set name "Alex Morgan"\n'],
    [['config', 'set', 'name'], 'interview-follow-up: config set name needs a value, such as: interview-follow-up config set name "Alex Morgan"\n'],
    [['config', 'set', 'name', 'Alex', 'Morgan'], 'interview-follow-up: config set name takes one value; put quotes around a value with spaces, such as: interview-follow-up config set name "Alex Morgan"\n'],
    [['config', 'set', 'email', 'alex.example.com'], "interview-follow-up: 'alex.example.com' is not an email address, such as alex.morgan@example.com\n"],
    [['config', 'set', 'name', 'Alex\nMorgan'], 'interview-follow-up: your name is one line; only the signature may hold line breaks\n'],
    [['config', 'list', '--vaul', '.'], "interview-follow-up: unknown option '--vaul' for config; did you mean --vault? (see config --help)\n"],
  ])('refuses %j, writing nothing', async (argv, message) => {
    const v = vault({ '.obsidian/app.json': '{}' });
    const r = await run(argv, { cwd: v });
    expect(r).toEqual({ code: 2, stdout: '', stderr: message });
    expect(readdirSync(join(v, '.obsidian'))).toEqual(['app.json']);
  });

  it('config --help says where the settings go', async () => {
    const r = await run(['config', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('.obsidian/plugins/interview-follow-up/data.json');
    expect(r.stdout).toContain('config set name "Alex Morgan"');
    expect((await run(['--help'])).stdout).toContain('interview-follow-up config set KEY VALUE');
  });

  it('a phone set here reaches a call script', async () => {
    const called = acme.replace('interviewer: Ms. Pat Jones', 'interviewer: Ms. Pat Jones\ncontact_method: phone');
    const v = vault({ '.obsidian/app.json': '{}', 'Acme.md': called });
    await run(['config', 'set', 'phone', '+1 555 0100'], { cwd: v });
    await run(['config', 'set', 'name', 'Alex Morgan'], { cwd: v });
    const r = await run(['draft', 'Acme.md', 'thank-you', '--today', '2026-11-20'], { cwd: v });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('this is Alex Morgan');
    expect(r.stdout).toContain('+1 555 0100');
  });
});
