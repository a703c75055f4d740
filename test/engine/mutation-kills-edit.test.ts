import { describe, expect, it } from 'vitest';
import { editFrontmatter, FrontmatterEditError, sameValue } from '../../src/engine/frontmatter-edit';
import {
  applyToFrontmatter,
  NotRecordableError,
  recordFollowUp,
  recordOutcome,
  recordSnooze,
  type FrontmatterChange,
  type Recording,
} from '../../src/engine/record';
import { d } from '../helpers';

const thanked = recordFollowUp('thank-you', d('2026-11-24'));
const inquired = recordFollowUp('status-inquiry', d('2026-11-27'));
const rejected = recordOutcome('rejected', d('2026-11-24'));
const snoozed = recordSnooze(d('2026-11-30'));

/** The frontmatter lines after recording, in a note `---\n<lines>\n---\nBody`. */
function recorded(lines: string, recording: Recording | FrontmatterChange[], propertyNames?: Record<string, string>): string {
  const edit = editFrontmatter(`---\n${lines}\n---\nBody`, recording, propertyNames);
  expect(edit.text.startsWith('---\n')).toBe(true);
  expect(edit.text.endsWith('\n---\nBody')).toBe(true);
  return edit.text.slice(4, -'\n---\nBody'.length);
}

function refusal(text: string, recording: Recording | FrontmatterChange[]): FrontmatterEditError {
  try {
    editFrontmatter(text, recording);
  } catch (error) {
    if (error instanceof FrontmatterEditError) return error;
    throw error;
  }
  throw new Error('the edit was not refused');
}

describe('line endings and bytes outside the recorded lines', () => {
  it('in a note mixing \\n and \\r\\n, a replaced line keeps its own line ending', () => {
    const crlfNote = '---\r\ntype: interview\r\nstatus: waiting\ncompany: Acme\r\n---\r\nBody\n';
    expect(editFrontmatter(crlfNote, recordOutcome('rejected', d('2026-11-24'))).text).toBe(
      '---\r\ntype: interview\r\nstatus: rejected\ncompany: Acme\r\ndecision_date: 2026-11-24\r\n---\r\nBody\n',
    );
    const lfNote = '---\ntype: interview\nstatus: waiting\r\ncompany: Acme\n---\nBody';
    expect(editFrontmatter(lfNote, rejected).text).toBe('---\ntype: interview\nstatus: rejected\r\ncompany: Acme\ndecision_date: 2026-11-24\n---\nBody');
  });

  it('a value that becomes a list: the new lines take the note’s line ending, the last one keeps the old line’s', () => {
    const note = '---\r\ninquiries: 2026-11-23\ncompany: Acme\r\n---\r\n';
    expect(editFrontmatter(note, inquired).text).toBe('---\r\ninquiries:\r\n  - 2026-11-23\r\n  - 2026-11-27\ncompany: Acme\r\n---\r\n');
  });

  it('an item added to a list takes the note’s line ending, whatever the list’s last line has', () => {
    const note = '---\r\ninquiries:\r\n  - 2026-11-16\ncompany: Acme\r\n---\r\n';
    expect(editFrontmatter(note, inquired).text).toBe('---\r\ninquiries:\r\n  - 2026-11-16\n  - 2026-11-27\r\ncompany: Acme\r\n---\r\n');
  });

  it('a recording keeps every byte outside the recorded lines', () => {
    const before = '\uFEFF---\r\n# my notes\r\ntype:   interview   \n\n  \t\nstatus: waiting # hoping\r\ncompany: "Acme"\r\n---\r\n\r\nBody with --- and: colons\n\tindented\r\n';
    const after = editFrontmatter(before, rejected).text;
    expect(after).toBe(
      '\uFEFF---\r\n# my notes\r\ntype:   interview   \n\n  \t\nstatus: rejected # hoping\r\ncompany: "Acme"\r\ndecision_date: 2026-11-24\r\n---\r\n\r\nBody with --- and: colons\n\tindented\r\n',
    );
  });

  it('a line of spaces after a value stays', () => {
    expect(recorded('status: waiting\n   \ncompany: Acme', rejected)).toBe('status: rejected\n   \ncompany: Acme\ndecision_date: 2026-11-24');
  });

  it('an indented comment under a value stays', () => {
    expect(recorded('status: waiting\n  # they said two weeks\ncompany: Acme', rejected)).toBe(
      'status: rejected\n  # they said two weeks\ncompany: Acme\ndecision_date: 2026-11-24',
    );
  });
});

describe('keys written in quotes or with unusual names', () => {
  it('a person’s own property name with `: ` in it, in double or single quotes, is edited in place', () => {
    const names = { thank_you_sent: 'Thanks: sent' };
    expect(recorded('"Thanks: sent":\ncompany: Acme', thanked, names)).toBe('"Thanks: sent": 2026-11-24\ncompany: Acme');
    expect(recorded("'Thanks: sent':\ncompany: Acme", thanked, names)).toBe("'Thanks: sent': 2026-11-24\ncompany: Acme");
  });

  it('a double-quoted key with escaped quotes is edited in place', () => {
    expect(recorded('company: Acme\n"Sent \\"thanks\\"": no\nstatus: waiting', thanked, { thank_you_sent: 'Sent "thanks"' })).toBe(
      'company: Acme\n"Sent \\"thanks\\"": 2026-11-24\nstatus: waiting',
    );
  });

  it('a single-quoted key with a doubled quote is edited in place', () => {
    expect(recorded("'Pat''s thank-you': no\nstatus: waiting", thanked, { thank_you_sent: "Pat's thank-you" })).toBe("'Pat''s thank-you': 2026-11-24\nstatus: waiting");
  });

  it('a single-quoted key ending in a backslash is edited in place', () => {
    expect(recorded("'Sent :\\': no\nstatus: waiting", thanked, { thank_you_sent: 'Sent :\\' })).toBe("'Sent :\\': 2026-11-24\nstatus: waiting");
  });

  it('a key with a # inside a word is edited in place', () => {
    expect(recorded('Thanks#email: no\nstatus: waiting', thanked, { thank_you_sent: 'Thanks#email' })).toBe('Thanks#email: 2026-11-24\nstatus: waiting');
  });

  it('a one-letter property name is edited in place', () => {
    expect(recorded('T: no\nstatus: waiting', thanked, { thank_you_sent: 'T' })).toBe('T: 2026-11-24\nstatus: waiting');
  });

  it('a space before the colon stays, for a plain or a quoted key', () => {
    expect(recorded('status : waiting', [{ op: 'set-word', field: 'status', word: 'rejected' }])).toBe('status : rejected');
    expect(recorded('"status" : waiting', [{ op: 'set-word', field: 'status', word: 'rejected' }])).toBe('"status" : rejected');
  });

  it('properties whose names YAML reads as a number, yes/no or null are edited in place', () => {
    const lines = 'company: Acme\n12: a\ntrue: b\nnull: c';
    expect(recorded(lines, [{ op: 'set-word', field: '12', word: 'x' }])).toBe('company: Acme\n12: x\ntrue: b\nnull: c');
    expect(recorded(lines, [{ op: 'set-word', field: 'true', word: 'x' }])).toBe('company: Acme\n12: a\ntrue: x\nnull: c');
    expect(recorded(lines, [{ op: 'set-word', field: 'null', word: 'x' }])).toBe('company: Acme\n12: a\ntrue: b\nnull: x');
  });

  it('a property named null does not stand in for a field that is not there', () => {
    expect(recorded('null: 2026-11-24', thanked)).toBe('null: 2026-11-24\nthank_you_sent: 2026-11-24');
  });

  it('a key of the same name inside another property is not the one recorded', () => {
    expect(recorded('contact:\n  status: waiting\nstatus: waiting', [{ op: 'set-word', field: 'status', word: 'rejected' }])).toBe(
      'contact:\n  status: waiting\nstatus: rejected',
    );
  });

  it('a quoted value over two lines before the recorded key does not stop the edit', () => {
    expect(recorded('status: "waiting\nfor news"\nthank_you_sent:', thanked)).toBe('status: "waiting\nfor news"\nthank_you_sent: 2026-11-24');
  });

  it('lines of a list that goes on at the start of a line are not keys, even when they look like one', () => {
    expect(recorded('tags: [\n"status", "a: b",\n"status"]\nstatus: waiting', [{ op: 'set-word', field: 'status', word: 'rejected' }])).toBe(
      'tags: [\n"status", "a: b",\n"status"]\nstatus: rejected',
    );
  });

  it('a new key is written plain when YAML allows it and quoted when it must be', () => {
    expect(recorded('company: Acme', thanked, { thank_you_sent: 'Thank You Sent' })).toBe('company: Acme\nThank You Sent: 2026-11-24');
    expect(recorded('company: Acme', thanked, { thank_you_sent: 'Thanks: sent' })).toBe('company: Acme\n"Thanks: sent": 2026-11-24');
    expect(recorded('company: Acme', thanked, { thank_you_sent: '#thanks' })).toBe('company: Acme\n"#thanks": 2026-11-24');
    expect(recorded('company: Acme', thanked, { thank_you_sent: '1st thanks' })).toBe('company: Acme\n"1st thanks": 2026-11-24');
    expect(recorded('company: Acme', [{ op: 'set-word', field: 'next step ', word: 'call' }])).toBe('company: Acme\n"next step ": call');
  });
});

describe('values, their quotes and their comments', () => {
  it('the gap before a comment stays as wide as it was', () => {
    expect(recorded('thank_you_sent: 2026-11-20    # by email', thanked)).toBe('thank_you_sent: 2026-11-24    # by email');
    expect(recorded('thank_you_sent: 2026-11-20\t# by email', thanked)).toBe('thank_you_sent: 2026-11-24\t# by email');
  });

  it('a comment without a space after its # stays', () => {
    expect(recorded('status: waiting #hoping', rejected)).toBe('status: rejected #hoping\ndecision_date: 2026-11-24');
  });

  it('a # inside a quoted value is not a comment', () => {
    expect(recorded('status: "waiting #2" # second round', rejected)).toBe('status: "rejected" # second round\ndecision_date: 2026-11-24');
  });

  it('an empty quoted value keeps its quotes', () => {
    expect(recorded("thank_you_sent: ''", thanked)).toBe("thank_you_sent: '2026-11-24'");
    expect(recorded('thank_you_sent: ""', thanked)).toBe('thank_you_sent: "2026-11-24"');
  });

  it('a quote inside a word written in single quotes is doubled', () => {
    expect(recorded("status: 'waiting'", [{ op: 'set-word', field: 'status', word: "they'll call" }])).toBe("status: 'they''ll call'");
  });

  it('a plain value that ends with a quote is replaced by a plain value', () => {
    expect(recorded("status: waiting on the Joneses'", rejected)).toBe('status: rejected\ndecision_date: 2026-11-24');
    expect(recorded('status: waiting for "news"', rejected)).toBe('status: rejected\ndecision_date: 2026-11-24');
  });

  it('a status of several words is written on one line', () => {
    expect(recorded('status: waiting', [{ op: 'set-word', field: 'status', word: 'waiting on a reference check from the hiring team' }])).toBe(
      'status: waiting on a reference check from the hiring team',
    );
  });
});

describe('a status inquiry added to lists written in other ways', () => {
  it.each([
    ["inquiries: [ '2026-11-16' ]", "inquiries: [ '2026-11-16', '2026-11-27' ]"],
    ["inquiries: ['2026-11-10', '2026-11-16']", "inquiries: ['2026-11-10', '2026-11-16', '2026-11-27']"],
    ["inquiries: [2026-11-10, '2026-11-16']", "inquiries: [2026-11-10, '2026-11-16', '2026-11-27']"],
    ['inquiries: &sent [2026-11-16]', 'inquiries: [2026-11-16, 2026-11-27]'],
    ['inquiries:\n  - 2026-11-16\n\n  - 2026-11-20', 'inquiries:\n  - 2026-11-16\n\n  - 2026-11-20\n  - 2026-11-27'],
    ['inquiries:\n  - 2026-11-16\n# the second\n  - 2026-11-20', 'inquiries:\n  - 2026-11-16\n# the second\n  - 2026-11-20\n  - 2026-11-27'],
    ['inquiries:\n- 2026-11-16\n-', 'inquiries:\n- 2026-11-16\n-\n- 2026-11-27'],
    ['inquiries:\n  # sent so far\n  - 2026-11-16', 'inquiries:\n  # sent so far\n  - 2026-11-16\n  - 2026-11-27'],
    ['inquiries:\n   \n  - 2026-11-16', 'inquiries:\n   \n  - 2026-11-16\n  - 2026-11-27'],
    ['inquiries:\n  - 2026-11-16 # by email', 'inquiries:\n  - 2026-11-16 # by email\n  - 2026-11-27'],
    ['inquiries: # sent so far\n  - 2026-11-16', 'inquiries: # sent so far\n  - 2026-11-16\n  - 2026-11-27'],
    ['inquiries: \n  - 2026-11-16', 'inquiries: \n  - 2026-11-16\n  - 2026-11-27'],
    ["inquiries:\n  - '2026-11-16'  ", "inquiries:\n  - '2026-11-16'  \n  - '2026-11-27'"],
    ['inquiries:\n  -   2026-11-16', 'inquiries:\n  -   2026-11-16\n  -   2026-11-27'],
    ['inquiries: !!seq\n  - 2026-11-16', 'inquiries: [2026-11-16, 2026-11-27]'],
    ['inquiries: see note [1]', 'inquiries:\n  - see note [1]\n  - 2026-11-27'],
    ['inquiries: >\n  sent twice', 'inquiries: ["sent twice\\n", 2026-11-27]'],
    ['inquiries:\n  ~', 'inquiries:\n  - 2026-11-27'],
    ["inquiries:\n  - '2026-11-16' # by email", "inquiries:\n  - '2026-11-16' # by email\n  - 2026-11-27"],
    ['inquiries:\n  - "2026-11-16" # by email', 'inquiries:\n  - "2026-11-16" # by email\n  - 2026-11-27'],
    ['inquiries: !!str null', 'inquiries:\n  - !!str null\n  - 2026-11-27'],
    ['inquiries: ""', 'inquiries:\n  - 2026-11-27'],
  ])('%j', (before, after) => {
    expect(recorded(before, inquired)).toBe(after);
  });
});

describe('edits that are refused', () => {
  it('a frontmatter written as one {…} map cannot be edited line by line', () => {
    const e = refusal('---\n{status: waiting, company: Acme}\n---\nBody', rejected);
    expect(e.refusal).toBe('unverified');
    expect(e.message).toMatch(/^status could not be written without changing the rest of the frontmatter/);
  });

  it('an edit that would change another property through an anchor is refused', () => {
    const e = refusal('---\ncompany: &x Acme\nstatus: &x waiting\nformer: *x\n---\n', rejected);
    expect(e.refusal).toBe('unverified');
  });

  it('frontmatter that is one word, not properties, is refused as such', () => {
    expect(refusal('---\njust a word\n---\nBody', thanked).refusal).toBe('not-properties');
  });

  it('frontmatter too long for the agenda to read is refused: the two readings differ', () => {
    const e = refusal(`---\nnotes: ${'x'.repeat(300 * 1024)}\n---\n`, thanked);
    expect(e.refusal).toBe('unverified');
    expect(e.message).toBe('the frontmatter could not be read the same way twice; the note was left as it was');
  });
});

describe('two values are the same', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['the same word', 'a', 'a', true],
    ['two words', 'a', 'b', false],
    ['NaN and NaN', Number.NaN, Number.NaN, true],
    ['lists item by item', ['a', ['b']], ['a', ['b']], true],
    ['lists of other lengths', ['a'], ['a', 'b'], false],
    ['a longer list first', ['a', 'b'], ['a'], false],
    ['lists with another item', ['a', 'b'], ['a', 'c'], false],
    ['a list and a map with its items', ['a'], { 0: 'a' }, false],
    ['a map and a list', { 0: 'a', length: 1 }, ['a'], false],
    ['a list and a word', ['a'], 'a', false],
    ['the same moment', new Date(0), new Date(0), true],
    ['two moments', new Date(0), new Date(1), false],
    ['a moment and its number', new Date(0), 0, false],
    ['a number and a moment', 0, new Date(0), false],
    ['a moment and a map', new Date(0), {}, false],
    ['a map and a moment', {}, new Date(0), false],
    ['maps key by key, in any order', { a: 1, b: [2] }, { b: [2], a: 1 }, true],
    ['maps with another value', { a: 1 }, { a: 2 }, false],
    ['maps with another key', { a: undefined }, { b: undefined }, false],
    ['a map with a key more', { a: 1 }, { a: 1, b: 2 }, false],
    ['a map with a key less', { a: 1, b: 2 }, { a: 1 }, false],
    ['null and a map', null, {}, false],
    ['a map and null', {}, null, false],
    ['a word and a map', 'a', {}, false],
    ['a map and a word', {}, 'a', false],
    ['a number and an empty map', 5, {}, false],
    ['an empty map and a number', {}, 5, false],
    ['yes and an empty map', true, {}, false],
    ['an empty map and an empty list', {}, [], false],
  ])('%s: %s', (_what, a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('recording into a frontmatter map', () => {
  it('an offer deadline cannot be marked done, and says how to record it instead', () => {
    expect(() => recordFollowUp('offer-deadline', d('2026-11-24'))).toThrow(NotRecordableError);
    expect(() => recordFollowUp('offer-deadline', d('2026-11-24'))).toThrow("an offer's deadline is not marked done: record your answer with the outcome accepted or declined");
  });

  it('a snooze says until when', () => {
    expect(recordSnooze(d('2026-12-02')).summary).toBe('follow-ups snoozed until 2026-12-02');
  });

  it('a date the rules cannot read is written as given all the same', () => {
    const fm: Record<string, unknown> = {};
    applyToFrontmatter(fm, [{ op: 'set-date', field: 'thank_you_sent', date: 'last Friday' }]);
    expect(fm).toEqual({ thank_you_sent: 'last Friday' });
  });

  it('a property that is not a documented field is updated under its own spelling', () => {
    const fm: Record<string, unknown> = { company: 'Acme', 'Next Step': 'wait' };
    applyToFrontmatter(fm, [{ op: 'set-word', field: 'next_step', word: 'call' }]);
    expect(fm).toStrictEqual({ company: 'Acme', 'Next Step': 'call' });
  });

  it('a property named null does not stand in for a field that is not there', () => {
    const fm: Record<string, unknown> = { null: '2026-11-24' };
    const applied = applyToFrontmatter(fm, thanked);
    expect(fm).toStrictEqual({ null: '2026-11-24', thank_you_sent: '2026-11-24' });
    applied.restore(fm);
    expect(fm).toStrictEqual({ null: '2026-11-24' });
  });

  it('Undo removes a field that was not there, leaving no empty key behind', () => {
    const fm: Record<string, unknown> = { company: 'Acme' };
    const applied = applyToFrontmatter(fm, rejected);
    applied.restore(fm);
    expect(Object.keys(fm)).toEqual(['company']);
  });

  it('Undo removes a new field that was renamed since under another spelling', () => {
    const fm: Record<string, unknown> = { company: 'Acme' };
    const applied = applyToFrontmatter(fm, thanked);
    const renamed: Record<string, unknown> = { company: 'Acme', 'Thank You Sent': '2026-11-24' };
    applied.restore(renamed);
    expect(renamed).toStrictEqual({ company: 'Acme' });
  });

  it('Undo puts back a map value as it was, however often and whatever was changed since', () => {
    const old = { day: '2026-11-20', why: 'travelling', stops: [{ city: 'Oslo' }] };
    const fm: Record<string, unknown> = { snoozed_until: old };
    const applied = applyToFrontmatter(fm, snoozed);
    expect(fm.snoozed_until).toBe('2026-11-30');
    old.why = 'changed';
    const first: Record<string, unknown> = { ...fm };
    applied.restore(first);
    expect(first.snoozed_until).toStrictEqual({ day: '2026-11-20', why: 'travelling', stops: [{ city: 'Oslo' }] });
    (first.snoozed_until as { stops: Array<{ city: string }> }).stops[0]!.city = 'Bergen';
    const second: Record<string, unknown> = { ...fm };
    applied.restore(second);
    expect(second.snoozed_until).toStrictEqual({ day: '2026-11-20', why: 'travelling', stops: [{ city: 'Oslo' }] });
  });
});
