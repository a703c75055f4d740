import { describe, expect, it } from 'vitest';
import { planTrack, type TrackOptions, type TrackPlan } from '../../src/engine/track';

const track = (text: string, options: TrackOptions = {}, path = 'Notes/Sync.md', propertyNames: Record<string, string> = {}): TrackPlan =>
  planTrack(path, text, options, { propertyNames });
/** The frontmatter lines each addition wrote. */
const added = (plan: TrackPlan): string[] => plan.additions.flatMap((a) => a.lines);
const DATED = '---\ndate: 2026-11-18\n---\n';
const CANNOT = (key: string): string => `${key}: its value could not be given one more word in a line, so nothing was written; add interview to ${key} by hand, or in Obsidian’s Properties`;
const UNSAFE = 'the fields could not be added without changing the rest of the frontmatter, so nothing was written; add them in Obsidian’s Properties instead';
const NO_DAY =
  'no interview day could be found in this note (no date property, no Dataview field such as interview_date:: 2026-11-18, no date in the file name), so nothing was written; give it with --date YYYY-MM-DD';

describe('track: a final round and the sent markers found as Dataview fields', () => {
  it('final_round:: yes and final_round:: No become true and false', () => {
    expect(added(track(`${DATED}final_round:: yes\n`))).toEqual(['type: interview', 'final_round: true']);
    expect(added(track(`${DATED}final_round:: TRUE\n`))).toEqual(['type: interview', 'final_round: true']);
    expect(added(track(`${DATED}final_round:: No\n`))).toEqual(['type: interview', 'final_round: false']);
    expect(added(track(`${DATED}final_round:: false\n`))).toEqual(['type: interview', 'final_round: false']);
  });

  it('a final round that is neither true nor false is reported and not added, even when it starts or ends like one', () => {
    for (const word of ['maybe', 'yesterday', 'eyes', 'nobody', 'piano', 'untrue']) {
      const plan = track(`${DATED}final_round:: ${word}\n`);
      expect(plan.refusal).toBeNull();
      expect(added(plan)).toEqual(['type: interview']);
      expect(plan.problems).toEqual([`final_round:: on line 4: '${word}' is not true or false, so final_round was not added`]);
    }
  });

  it('a sent marker takes yes, no or the day it was sent', () => {
    expect(added(track(`${DATED}thank_you_sent:: Yes\n`))).toEqual(['type: interview', 'thank_you_sent: true']);
    expect(added(track(`${DATED}thank_you_sent:: no\n`))).toEqual(['type: interview', 'thank_you_sent: false']);
    expect(added(track(`${DATED}thank_you_sent:: 2026-11-19\n`))).toEqual(['type: interview', 'thank_you_sent: 2026-11-19']);
  });

  it('a sent marker that is neither is reported as not a date, even when it starts or ends like yes or no', () => {
    for (const word of ['yesterday', 'eyes', 'nobody', 'piano']) {
      const plan = track(`${DATED}thank_you_sent:: ${word}\n`);
      expect(added(plan)).toEqual(['type: interview']);
      expect(plan.problems).toEqual([`thank_you_sent:: on line 4: '${word}' is not a date, so thank_you_sent was not added; write it as YYYY-MM-DD, such as 2026-11-18`]);
    }
  });
});

describe('track: what counts as a date', () => {
  it('a given date linking to a daily note, with an alias or a heading or spaces inside, is taken as written', () => {
    for (const date of ['[[2026-11-18|Wednesday]]', '[[2026-11-18#Notes]]', '[[ 2026-11-18 ]]']) {
      const plan = track('Notes.\n', { date });
      expect(plan.refusal).toBeNull();
      expect(plan.additions.find((a) => a.field === 'date')).toMatchObject({ value: date, source: 'given' });
    }
  });

  it('a given date with anything around the link, or a day that does not exist, or a year out of range, is refused', () => {
    for (const date of ['see [[2026-11-18]]', '[[2026-11-18]] or so', '2026-02-30', '1899-12-31', '3000-01-01', 'tomorrow']) {
      const plan = track('Notes.\n', { date });
      expect(plan.refusal).toBe(`date: '${date}' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:mm, such as 2026-11-18T14:30`);
      expect(plan.text).toBe('Notes.\n');
    }
  });

  it('the years 1900 and 2999 are dates', () => {
    expect(track('Notes.\n', { date: '1900-01-01' }).refusal).toBeNull();
    expect(track('Notes.\n', { date: '2999-12-31' }).refusal).toBeNull();
  });

  it('a given promised date that is not a date is refused too', () => {
    expect(track(DATED, { promisedDate: 'soon' }).refusal).toBe("promised_date: 'soon' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:mm, such as 2026-11-18T14:30");
  });

  it('a date property written with spaces inside its quotes is the interview’s day', () => {
    const plan = track('---\ndate: " 2026-11-18 "\n---\n');
    expect([plan.refusal, added(plan)]).toEqual([null, ['type: interview']]);
  });

  it('a date and time is written plain, as Obsidian writes one', () => {
    const plan = track('Notes.\n', { date: '2026-11-20T14:30' });
    expect(added(plan)).toEqual(['type: interview', 'date: 2026-11-20T14:30']);
  });

  it('a text that merely holds a date is quoted so it reads back as written', () => {
    const plan = track(DATED, { company: '# 2026-11-18', position: '2026-11-18 # x' });
    expect(plan.refusal).toBeNull();
    expect(added(plan)).toEqual(['type: interview', 'company: "# 2026-11-18"', 'position: "2026-11-18 # x"']);
  });
});

describe('track: Dataview values as a person wrote them', () => {
  it('an empty field is passed over for the next one of its name', () => {
    const plan = track(`${DATED}role::\nrole:: Analyst\n`);
    expect(plan.additions.find((a) => a.field === 'position')).toMatchObject({ value: 'Analyst', source: 'dataview' });
  });

  it('a field with nothing in it, or only empty quotes, or no names, adds nothing', () => {
    for (const line of ['role::', 'role:: ""', 'interviewer:: ,']) {
      const plan = track(`${DATED}${line}\n`);
      expect([plan.refusal, added(plan), plan.problems]).toEqual([null, ['type: interview'], []]);
    }
  });

  it('a quote on one side only is part of the value', () => {
    expect(track(`${DATED}role:: "Data\n`).additions[1]).toMatchObject({ value: '"Data' });
    expect(track(`${DATED}role:: Data"\n`).additions[1]).toMatchObject({ value: 'Data"' });
    expect(track(`${DATED}role:: "\n`).additions[1]).toMatchObject({ value: '"' });
  });
});

describe('track: the person’s own property names are written so they read back', () => {
  const written = (name: string): string | undefined => added(track(DATED, { company: 'Acme' }, 'Notes/x.md', { company: name })).find((l) => l.endsWith(': Acme'));
  it('plain where they can be', () => {
    expect(written('Employer 2')).toBe('Employer 2: Acme');
    expect(written('Yesterday')).toBe('Yesterday: Acme');
  });
  it('quoted when they start with a digit, hold a #, end in a space or read as true or false', () => {
    expect(written('1st Company')).toBe('"1st Company": Acme');
    expect(written('Comp#any')).toBe('"Comp#any": Acme');
    expect(written('Company ')).toBe('"Company ": Acme');
    expect(written('Yes')).toBe('"Yes": Acme');
  });
});

describe('track: the type', () => {
  const typed = (before: string, propertyNames: Record<string, string> = {}): TrackPlan => track(before, {}, 'Notes/Sync.md', propertyNames);

  it('a list that already holds interview is left as it is', () => {
    const before = '---\ntype: [meeting, interview]\ndate: 2026-11-18\n---\n';
    expect([typed(before).additions, typed(before).text]).toEqual([[], before]);
  });

  it('a category that says interview is left as it is', () => {
    const before = '---\ncategory: Interview\ndate: 2026-11-18\n---\n';
    expect(typed(before).text).toBe(before);
  });

  it('the person’s own type property that says interview is left as it is; one that does not gets interview', () => {
    expect(typed('---\nKind: interview\ndate: 2026-11-18\n---\n', { type: 'Kind' }).text).toBe('---\nKind: interview\ndate: 2026-11-18\n---\n');
    const plan = typed('---\nk: meeting\ndate: 2026-11-18\n---\n', { type: 'k' });
    expect(plan.text).toBe('---\nk: [meeting, interview]\ndate: 2026-11-18\n---\n');
    expect(plan.additions).toEqual([{ field: 'type', key: 'k', value: ['meeting', 'interview'], source: 'type', line: null, lines: ['k: [meeting, interview]'] }]);
  });

  it('an own type name holding ": " is changed after its own colon', () => {
    const plan = typed('---\n"Kind: of": meeting\ndate: 2026-11-18\n---\n', { type: 'Kind: of' });
    expect(plan.text).toBe('---\n"Kind: of": [meeting, interview]\ndate: 2026-11-18\n---\n');
  });

  it('a type nested under another property is not the note’s type', () => {
    expect(typed('---\nmeta:\n  type: call\ntype: meeting\ndate: 2026-11-18\n---\n').text).toBe('---\nmeta:\n  type: call\ntype: [meeting, interview]\ndate: 2026-11-18\n---\n');
  });

  it('a list over several lines before the type does not hide it', () => {
    expect(typed('---\ntags: [a,\n  b]\ntype: meeting\ndate: 2026-11-18\n---\n').text).toBe('---\ntags: [a,\n  b]\ntype: [meeting, interview]\ndate: 2026-11-18\n---\n');
  });

  it('a text YAML would read otherwise unquoted is quoted in the list', () => {
    expect(typed('---\ntype: yes\ndate: 2026-11-18\n---\n').text).toBe('---\ntype: ["yes", interview]\ndate: 2026-11-18\n---\n');
    expect(typed('---\ntype: a "b", c\ndate: 2026-11-18\n---\n').text).toBe('---\ntype: ["a \\"b\\", c", interview]\ndate: 2026-11-18\n---\n');
  });

  it('a single-quoted type keeps its quotes before a comment; a flow list before a comment takes interview inside', () => {
    expect(typed("---\ntype: 'meeting' # mine\ndate: 2026-11-18\n---\n").text).toBe("---\ntype: ['meeting', interview] # mine\ndate: 2026-11-18\n---\n");
    expect(typed('---\ntype: [meeting, call] # mine\ndate: 2026-11-18\n---\n').text).toBe('---\ntype: [meeting, call, interview] # mine\ndate: 2026-11-18\n---\n');
  });

  it('an empty quoted type before a comment keeps the comment', () => {
    expect(typed('---\ntype: "" # fill in\ndate: 2026-11-18\n---\n').text).toBe('---\ntype: interview # fill in\ndate: 2026-11-18\n---\n');
  });

  it('the space or tab after the colon is kept', () => {
    expect(typed('---\ntype:\tmeeting\ndate: 2026-11-18\n---\n').text).toBe('---\ntype:\t[meeting, interview]\ndate: 2026-11-18\n---\n');
    expect(typed('---\ntype:   meeting\ndate: 2026-11-18\n---\n').text).toBe('---\ntype:   [meeting, interview]\ndate: 2026-11-18\n---\n');
  });

  it('a flow list keeps its own spacing', () => {
    expect(typed('---\ntype: [meeting,call]\ndate: 2026-11-18\n---\n').text).toBe('---\ntype: [meeting,call,interview]\ndate: 2026-11-18\n---\n');
    expect(typed('---\ntype: [meeting, call ]\ndate: 2026-11-18\n---\n').text).toBe('---\ntype: [meeting, call, interview]\ndate: 2026-11-18\n---\n');
  });

  it('a list holding a link written unquoted takes interview', () => {
    expect(typed('---\ntype: [[Meetings]]\ndate: 2026-11-18\n---\n').text).toBe('---\ntype: [[Meetings], interview]\ndate: 2026-11-18\n---\n');
  });

  it('a list holding other than texts is refused, nothing written', () => {
    for (const value of ['[meeting, 3]', '[[Meetings, 3]]', '[[3]]']) {
      const before = `---\ntype: ${value}\ndate: 2026-11-18\n---\n`;
      expect([typed(before).refusal, typed(before).text]).toEqual([CANNOT('type'), before]);
    }
  });

  it('a block list: interview goes after the last item, past blank and comment lines, with its dash and spacing', () => {
    expect(typed('---\ntype:\n  - meeting\n\n  - call\ndate: 2026-11-18\n---\n').text).toBe('---\ntype:\n  - meeting\n\n  - call\n  - interview\ndate: 2026-11-18\n---\n');
    expect(typed('---\ntype:\n  - meeting\n# more\n  - call\ndate: 2026-11-18\n---\n').text).toBe('---\ntype:\n  - meeting\n# more\n  - call\n  - interview\ndate: 2026-11-18\n---\n');
    expect(typed('---\ntype:\n  - meeting\n  \ndate: 2026-11-18\n---\n').text).toBe('---\ntype:\n  - meeting\n  - interview\n  \ndate: 2026-11-18\n---\n');
    expect(typed('---\ntype:\n  -   meeting\ndate: 2026-11-18\n---\n').text).toBe('---\ntype:\n  -   meeting\n  -   interview\ndate: 2026-11-18\n---\n');
    expect(typed('---\ntype:\n- meeting\nnote: a - b\ndate: 2026-11-18\n---\n').text).toBe('---\ntype:\n- meeting\n- interview\nnote: a - b\ndate: 2026-11-18\n---\n');
    expect(added(typed('---\ntype:\n  - meeting\ndate: 2026-11-18\n---\n'))).toEqual(['  - interview']);
  });

  it('types that cannot take one more word in a line are refused, nothing written', () => {
    const cases = [
      '---\n? type\n: meeting\ndate: 2026-11-18\n---\n',
      '---\ntype: [meeting,\n  call]\ndate: 2026-11-18\n---\n',
      '---\ntype: &a [x]\ndate: 2026-11-18\n---\n',
      '---\ntype: weekly\n  sync\ndate: 2026-11-18\n---\n',
      '---\ntype:\n  # to fill in\ndate: 2026-11-18\n---\n',
      '---\ntype:\n  - weekly\n    sync - call\ndate: 2026-11-18\n---\n',
      '---\ntype:\n  - weekly\n    sync\ndate: 2026-11-18\n---\n',
    ];
    for (const before of cases) {
      const plan = typed(before);
      expect([before, plan.refusal, plan.text]).toEqual([before, CANNOT('type'), before]);
    }
  });
});

describe('track: what the person gives', () => {
  it('blank options are not given: what the text says is used', () => {
    const plan = track(`${DATED}org:: Acme\nrole:: Analyst\ninterviewer:: Dana Lee\n`, { company: '   ', position: '', interviewers: ['  '] });
    expect(added(plan)).toEqual(['type: interview', 'company: Acme', 'position: Analyst', 'interviewer:', '  - Dana Lee']);
  });

  it('blank names among the interviewers are dropped, the rest trimmed', () => {
    expect(added(track(DATED, { interviewers: [' Pat ', '', '  ', 'Dana'] }))).toEqual(['type: interview', 'interviewer:', '  - Pat', '  - Dana']);
  });

  it('references, a promised date, a contact method and a final round are added as given', () => {
    const plan = track(DATED, { references: ['Sam Ortiz'], promisedDate: '2026-11-25', contactMethod: 'email', finalRound: true });
    expect(added(plan)).toEqual(['type: interview', 'references:', '  - Sam Ortiz', 'promised_date: 2026-11-25', 'contact_method: email', 'final_round: true']);
    expect(plan.additions.map((a) => a.source)).toEqual(['type', 'given', 'given', 'given', 'given']);
    expect(plan.missingDate).toBe(false);
  });

  it('a final round not given as true adds nothing', () => {
    expect(added(track(DATED, { finalRound: false }))).toEqual(['type: interview']);
  });

  it('given only: nothing is taken from the text or the file name', () => {
    const plan = track('role:: Analyst\n', { givenOnly: true, date: '2026-11-18' }, 'Notes/2026-11-10.md');
    expect(added(plan)).toEqual(['type: interview', 'date: 2026-11-18']);
    const none = track('role:: Analyst\n', { givenOnly: true }, 'Notes/2026-11-10.md');
    expect([none.refusal, none.missingDate, none.additions]).toEqual([NO_DAY, true, []]);
  });

  it('an option for a list or a map the note already has names what it holds', () => {
    expect(track('---\ndate: 2026-11-18\ninterviewer: [Dana Lee, Sam]\n---\n', { interviewers: ['Pat'] }).problems).toEqual([
      'interviewer: the note already has Dana Lee, Sam under interviewer; it was left as it was',
    ]);
    expect(track('---\ndate: 2026-11-18\norg: {name: Acme}\n---\n', { company: 'Globex' }).problems).toEqual([
      'company: the note already has {"name":"Acme"} under org; it was left as it was',
    ]);
  });
});

describe('track: the date in the file name', () => {
  it('a note at the top of the vault', () => {
    expect(track('Notes.\n', {}, '2026-11-18 Call.md').additions.find((a) => a.field === 'date')).toMatchObject({ value: '2026-11-18', source: 'file-name' });
  });
  it('after a word, and the first real date of several', () => {
    expect(track('Notes.\n', {}, 'Notes/Call 2026-13-45 2026-11-18.md').additions.find((a) => a.field === 'date')).toMatchObject({ value: '2026-11-18' });
  });
  it('a date in a folder’s name is not the interview’s day', () => {
    expect(track('Notes.\n', {}, 'Journal/2026-11-18/Call.md').refusal).toBe(NO_DAY);
  });
});

describe('track: the missing-day refusal', () => {
  it('names no property when none merely holds a date: tracked fields, texts and daily-note links are not named', () => {
    const plan = track('---\nfollow_up_by: 2026-11-20\nSummary: hello\nDaily: "[[2026-11-02]]"\n---\nhear_back_by:: 2026-11-25\n', {}, 'People/Pat.md');
    expect(plan.refusal).toBe(NO_DAY);
    expect(plan.missingDate).toBe(true);
    expect(plan.additions.map((a) => a.field)).toEqual(['promised_date']);
  });

  it('names every property that holds a date', () => {
    expect(track('---\nCreated: 2026-11-01\nLast Met: 2026-11-02\n---\n', {}, 'People/Pat.md').refusal).toBe(
      `${NO_DAY}; its property 'Created' holds 2026-11-01, its property 'Last Met' holds 2026-11-02: if that is the interview's day, give --date 2026-11-01 or map it with --property date="Created"`,
    );
  });

  it('a refusal adds nothing and reports nothing else', () => {
    const plan = track('---\ncandidate: Sam\ndate: 2026-11-18\n---\n');
    expect([plan.additions, plan.present, plan.problems, plan.missingDate]).toEqual([[], [], [], false]);
  });
});

describe('track: a date property that is not the interview’s day', () => {
  it('a date the person maps to date itself keeps its value and the given one is reported', () => {
    const before = '---\ndate: 2026-11-02\n---\n';
    const plan = track(before, { date: '2026-11-18' }, 'Notes/x.md', { date: 'date' });
    expect(plan.text).toBe('---\ndate: 2026-11-02\ntype: interview\n---\n');
    expect(plan.problems).toEqual(['date: the note already has 2026-11-02 under date; it was left as it was']);
  });

  it('a date that is not a date gives way to a Dataview interview date', () => {
    const plan = track('---\ndate: someday\n---\ninterview_date:: 2026-11-18\n');
    expect(plan.refusal).toBeNull();
    expect(added(plan)).toEqual(['type: interview', 'interview_date: 2026-11-18']);
  });

  it('a number, or a list of more than one day, gives way to the file name’s date', () => {
    for (const value of ['5', '[[2026-11-17], [2026-11-18]]', '[[2026-11-17, x]]']) {
      const plan = track(`---\ndate: ${value}\n---\n`, {}, 'Notes/2026-11-18.md');
      expect([value, plan.refusal, added(plan)]).toEqual([value, null, ['type: interview', 'interview_date: 2026-11-18']]);
    }
  });
});

describe('track: a promised date beside the interview’s day', () => {
  it('the same day as the interview is added, time or not', () => {
    expect(added(track(`${DATED}hear_back_by:: 2026-11-18\n`))).toContain('promised_date: 2026-11-18');
    expect(added(track('Notes.\nhear_back_by:: 2026-11-18\n', { date: '2026-11-18T14:30' }))).toContain('promised_date: 2026-11-18');
  });
  it('an earlier day is reported against the interview’s day without its time', () => {
    expect(track('Notes.\nhear_back_by:: 2026-11-17\n', { date: '2026-11-18T14:30' }).problems).toEqual([
      "promised_date: 2026-11-17 is before the interview's day, 2026-11-18, so it was not added",
    ]);
  });
});

describe('track: how the lines go in', () => {
  it('an empty property spelled another way is filled in where it is', () => {
    expect(track('---\ndate: 2026-11-18\nPosition:\n---\n', { position: 'Analyst' }).text).toBe('---\ndate: 2026-11-18\nPosition: Analyst\ntype: interview\n---\n');
  });

  it('an empty property filled with a list ends as its line did', () => {
    const plan = track('---\ndate: 2026-11-18\ninterviewer:\r\ntags: [a]\n---\n', { interviewers: ['Pat', 'Dana'] });
    expect(plan.text).toBe('---\ndate: 2026-11-18\ninterviewer:\n  - Pat\n  - Dana\r\ntags: [a]\ntype: interview\n---\n');
  });

  it('a note that already says interview gets only the fields', () => {
    const plan = track('---\ntype: interview\ndate: 2026-11-18\n---\nrole:: Analyst\n');
    expect(plan.text).toBe('---\ntype: interview\ndate: 2026-11-18\nposition: Analyst\n---\nrole:: Analyst\n');
    expect(plan.missingDate).toBe(false);
  });

  it('a note with everything adds nothing and is not missing its day', () => {
    const before = '---\ntype: interview\ndate: 2026-11-18\n---\n';
    const plan = track(before);
    expect([plan.refusal, plan.text, plan.additions, plan.missingDate]).toEqual([null, before, [], false]);
  });

  it('fields inside a frontmatter that closes at the end of the file are not read as Dataview fields', () => {
    expect(added(track('---\ndate: 2026-11-18\nnotes: |\n  role:: Analyst\n---'))).toEqual(['type: interview']);
  });

  it('a property that cannot be filled in its place is refused, nothing written', () => {
    const before = '---\ndate: 2026-11-18\nposition: [\n  ]\n---\n';
    const plan = track(before, { position: 'Analyst' });
    expect([plan.refusal, plan.text, plan.additions, plan.problems, plan.missingDate]).toEqual([UNSAFE, before, [], [], false]);
  });
});
