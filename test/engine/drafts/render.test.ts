import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TEMPLATES,
  renderDraft,
  renderTemplate,
  splitSubject,
  TEMPLATE_VARIABLES,
  templateValues,
  wholeWordsWithin,
} from '../../../src/engine/drafts';
import { d } from '../../helpers';
import { NORTHWIND_FINAL, NORTHWIND_PEOPLE, SENDER } from './draft-helpers';

describe('renderTemplate', () => {
  it('replaces each variable by its value, whatever its spelling', () => {
    const r = renderTemplate('{{company}}, {{ Company }}, {{COMPANY}} and {{sender-name}}', { company: 'Acme', sender_name: 'Alex' });
    expect(r.text).toBe('Acme, Acme, Acme and Alex');
    expect(r.fillIns).toBe(0);
  });

  it('makes a missing, empty or unknown variable a visible fill-in in words', () => {
    const r = renderTemplate('{{company}}|{{position}}|{{team_size}}|{{}}', { company: null, position: '  ' }, (k) =>
      k === 'company' ? 'company name' : undefined,
    );
    expect(r.text).toBe('[company name]|[position]|[team size]|[something to fill in]');
    expect(r.fillIns).toBe(4);
  });

  it('inserts values as given and never reads them as template text', () => {
    const values = { company: '{{position}}', position: '$& $1 $$', deliverable: '{{#optional}}' };
    const r = renderTemplate('{{company}} / {{position}} / {{deliverable}}', values);
    expect(r.text).toBe('{{position}} / $& $1 $$ / {{#optional}}');
  });

  it('does not look variables up on the object prototype', () => {
    expect(renderTemplate('{{constructor}} {{__proto__}} {{toString}}', {}).text).toBe('[constructor] [proto] [tostring]');
  });

  it('counts the fill-ins the template holds, but not links, wikilinks, task boxes or brackets inside values', () => {
    const template = '[your point] [a link](https://x.example) [[Note]] ![[img.png]] - [ ] task [x] [^1] [ref]: {{company}}';
    const r = renderTemplate(template, { company: '[Acme]' });
    expect(r.fillIns).toBe(1);
    expect(r.pieces.filter((p) => p.source === 'fill-in').map((p) => p.text)).toEqual(['[your point]']);
  });

  it('keeps optional parts outside a LinkedIn note, and drops the markers', () => {
    const r = renderTemplate('A.{{#optional}} B.{{/optional}} C.', {});
    expect(r.text).toBe('A. B. C.');
    expect(r.pieces.map((p) => p.optional)).toEqual([null, 0, null]);
  });
});

describe('splitSubject', () => {
  it('takes a first line "Subject:" as the subject, in any case, with CRLF line ends', () => {
    expect(splitSubject('subject: Hi {{company}}\r\n\r\nBody')).toEqual({ subject: 'Hi {{company}}', body: '\nBody' });
    expect(splitSubject('Body only\nSubject: not a subject')).toEqual({ subject: null, body: 'Body only\nSubject: not a subject' });
  });
});

describe('user templates', () => {
  const base = { kind: 'thank-you' as const, note: NORTHWIND_FINAL, ...NORTHWIND_PEOPLE, sender: SENDER, today: d('2026-11-23') };

  it('a template of the draft\'s name replaces the built-in one; its subject line too', () => {
    const draft = renderDraft({ ...base, templates: { 'thank-you': 'Subject: Thanks, {{greeting_name}}\n\nHi {{greeting_name}}! {{note_to_self}}' } });
    expect(draft.subject).toBe('Thanks, Ms. Jones');
    expect(draft.body).toBe('Hi Ms. Jones! [note to self]');
    expect(draft.fillIns).toBe(1);
  });

  it('an email template without a subject line keeps the built-in subject', () => {
    const draft = renderDraft({ ...base, template: 'Hello {{recipient_first_name}}.' });
    expect(draft.subject).toBe('Thank you for meeting with me today');
    expect(draft.body).toBe('Hello Pat.');
  });

  it('a template for another name is not used', () => {
    const draft = renderDraft({ ...base, templates: { 'thank-you-card': 'Card' } });
    expect(draft.body).toMatch(/^Dear Ms\. Jones,/);
  });

  it('a subject stays on one line whatever the values hold', () => {
    const draft = renderDraft({ ...base, note: { ...NORTHWIND_FINAL, position: 'Data\nAnalyst' }, template: 'Subject: {{position}} interview\n\nBody' });
    expect(draft.subject).toBe('Data Analyst interview');
  });
});

describe('template variables', () => {
  it('every variable is documented in one line and has a value or a fill-in', () => {
    const values = templateValues({ note: NORTHWIND_FINAL, recipient: null, interviewers: [], sender: SENDER, today: d('2026-11-23') });
    expect([...values.keys()].sort()).toEqual(TEMPLATE_VARIABLES.map((v) => v.name).sort());
    for (const v of TEMPLATE_VARIABLES) {
      expect(v.description).not.toContain('\n');
      expect(v.fillIn).not.toMatch(/[[\]]/);
    }
  });

  it('the built-in templates use only documented variables', () => {
    const known = new Set([...TEMPLATE_VARIABLES.map((v) => v.name), '#optional', '/optional']);
    for (const t of BUILT_IN_TEMPLATES) {
      for (const m of t.text.matchAll(/\{\{([^{}]*)\}\}/g)) expect(known, `${t.name}: ${m[0]}`).toContain(m[1]);
    }
  });

  it('dates are in words, relative to the day the draft is written where that reads better', () => {
    const on = (today: string) => templateValues({ note: NORTHWIND_FINAL, recipient: null, interviewers: [], sender: SENDER, today: d(today) });
    expect(on('2026-11-23').get('interview_when')).toBe('today');
    expect(on('2026-11-24').get('interview_when')).toBe('yesterday');
    expect(on('2026-11-25').get('interview_when')).toBe('on Monday, November 23');
    expect(on('2026-11-25').get('interview_day')).toBe('Monday, November 23');
    expect(on('2026-11-25').get('promised_date')).toBe('Tuesday, December 1');
    expect(on('2026-11-25').get('today')).toBe('Wednesday, November 25');
  });
});

describe('wholeWordsWithin', () => {
  it('ends after the last whole word that fits, with an ellipsis, and drops a dangling comma', () => {
    expect(wholeWordsWithin('Hello there, friend', 14)).toBe('Hello there…');
    expect(wholeWordsWithin('Hello there, friend', 13)).toBe('Hello there…');
    expect(wholeWordsWithin('Hello there, friend', 12)).toBe('Hello…');
    expect(wholeWordsWithin('Supercalifragilistic', 10)).toBeNull();
  });
});

describe('the README', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

  it('names every built-in template a user may replace', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.name).filter((name) => !readme.includes(`\`${name}\``) && !readme.includes(`\`${name.replace(/-call$/, '')}\``))).toEqual([]);
  });

  it('documents every variable as the engine describes it', () => {
    for (const v of TEMPLATE_VARIABLES) expect(readme).toContain(`| \`{{${v.name}}}\` | ${v.description} |`);
  });
});
