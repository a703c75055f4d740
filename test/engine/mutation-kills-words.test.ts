import { describe, expect, it } from 'vitest';
import { makeApplication } from '../../src/engine/follow-ups';
import type { InterviewNote } from '../../src/engine/interview-note';
import { offerDeadlineOf, searchEndOf } from '../../src/engine/search-end';
import { applicationLabel, followUpTitle, noteLabel, possessive, whenInWords } from '../../src/engine/words';
import { d, followUp, interviewNote, person } from '../support/follow-up-objects';

const TODAY = '2026-12-07';

describe('the words for an application', () => {
  it('a blank company or position is left out of the label, not written as an empty part', () => {
    expect(noteLabel({ company: '', position: 'Data Analyst' })).toBe('Data Analyst');
    expect(noteLabel({ company: 'Acme', position: '' })).toBe('Acme');
    expect(noteLabel({ company: '', position: '' })).toBe('');
    const f = followUp({ kind: 'status-inquiry', note: interviewNote('A.md', { company: '', position: 'Data Analyst' }), from: TODAY, due: TODAY, today: TODAY });
    expect(applicationLabel(f)).toBe('Data Analyst');
  });

  it("a company's possessive takes 's unless the name ends in s, wherever else an s stands", () => {
    expect(possessive('Sprocket Co')).toBe("Sprocket Co's");
    expect(possessive('Sears Roebuck')).toBe("Sears Roebuck's");
    expect(possessive('Jones & Sons')).toBe("Jones & Sons'");
    expect(possessive('ACME LABS')).toBe("ACME LABS'");
  });
});

describe('what to do, in words', () => {
  it('a thank-you by handwritten card is a card to mail, to the interviewer or with no name', () => {
    const card = interviewNote('A.md', { company: 'Acme', thankYouMethod: 'handwritten' });
    const email = interviewNote('B.md', { company: 'Acme', thankYouMethod: 'email' });
    const title = (note: InterviewNote, who: string | null) =>
      followUpTitle(followUp({ kind: 'thank-you', note, from: TODAY, due: TODAY, today: TODAY, person: who === null ? null : person(who) }));
    expect(title(card, 'Pat Jones')).toBe('Mail a thank-you card to Pat Jones');
    expect(title(card, null)).toBe('Mail a thank-you card');
    expect(title(email, 'Pat Jones')).toBe('Thank Pat Jones');
    expect(title(email, null)).toBe('Send a thank-you note');
  });

  it('references to notify: one by name, several by number', () => {
    const title = (names: string[]) =>
      followUpTitle(followUp({ kind: 'notify-references', note: interviewNote('A.md', { references: names.map((n) => person(n)) }), from: TODAY, due: TODAY, today: TODAY }));
    expect(title(['Janet Roe'])).toBe('Give your reference Janet Roe a heads-up');
    expect(title(['Janet Roe', 'Sam Lee'])).toBe('Give your 2 references a heads-up');
    expect(title(['Janet Roe', 'Sam Lee', 'Ann Poe'])).toBe('Give your 3 references a heads-up');
  });

  it('a promised follow-up names what was promised, when the note says', () => {
    const title = (deliverable: string | null) =>
      followUpTitle(followUp({ kind: 'promised-follow-up', note: interviewNote('A.md', { company: 'Acme', deliverable }), from: TODAY, due: TODAY, today: TODAY }));
    expect(title('the writing sample')).toBe('Send Acme the writing sample as promised');
    expect(title(null)).toBe('Follow up with Acme as promised');
  });

  it('with no company the employer is "the employer"', () => {
    const f = followUp({ kind: 'status-inquiry', note: interviewNote('A.md'), from: TODAY, due: TODAY, today: TODAY });
    expect(followUpTitle(f)).toBe('Ask the employer where their decision stands');
  });

  it('an offer to answer: with no company it is "the offer"; with no deadline none is named', () => {
    const title = (company: string | null, offerDeadline: string | null) =>
      followUpTitle(
        followUp({
          kind: 'offer-deadline',
          note: interviewNote('A.md', { company, status: 'offer', offerDeadline: offerDeadline === null ? null : d(offerDeadline) }),
          from: '2026-12-04',
          due: '2026-12-11',
          today: TODAY,
        }),
      );
    expect(title(null, '2026-12-11')).toBe('Answer the offer by Friday, December 11');
    expect(title(null, null)).toBe('Answer the offer');
    expect(title('Acme', null)).toBe("Answer Acme's offer");
    expect(title('Acme', '2026-12-11')).toBe("Answer Acme's offer by Friday, December 11");
  });

  it('an application that made an offer, verbal or written, is declined; one with no company declines "the offer"', () => {
    const title = (company: string | null, status: InterviewNote['status']) =>
      followUpTitle(followUp({ kind: 'withdraw', note: interviewNote('A.md', { company, position: 'Analyst', status }), from: TODAY, due: TODAY, today: TODAY }));
    expect(title('Initech', 'offer')).toBe("Decline Initech's offer");
    expect(title('Initech', 'verbal-offer')).toBe("Decline Initech's offer");
    expect(title(null, 'offer')).toBe('Decline the offer');
    expect(title(null, 'verbal-offer')).toBe('Decline the offer');
    expect(title('Initech', 'waiting')).toBe('Withdraw from Initech, Analyst');
    expect(title(null, 'waiting')).toBe('Withdraw from the employer, Analyst');
  });

  it('an offer made on the latest round is declined, whichever round of the application the follow-up sits on', () => {
    for (const status of ['offer', 'verbal-offer'] as const) {
      const first = interviewNote('Interviews/Initech 1.md', { company: 'Initech', position: 'Analyst', date: d('2026-11-10'), status: 'next-round' });
      const last = interviewNote('Interviews/Initech 2.md', { company: 'Initech', position: 'Analyst', date: d('2026-11-20'), status });
      const f = { ...followUp({ kind: 'withdraw', note: first, from: TODAY, due: TODAY, today: TODAY }), application: makeApplication([first, last]) };
      expect(followUpTitle(f)).toBe("Decline Initech's offer");
    }
  });

  it('a note that says it made an offer is declined, even while a later round of its application is still under way', () => {
    for (const status of ['offer', 'verbal-offer'] as const) {
      const note = interviewNote('Interviews/Initech.md', { company: 'Initech', position: 'Analyst', status });
      const later = interviewNote('Interviews/Initech 0.md', { company: 'Initech', position: 'Analyst', date: d('2026-11-25'), status: 'next-round' });
      const f = { ...followUp({ kind: 'withdraw', note, from: TODAY, due: TODAY, today: TODAY }), application: makeApplication([note, later]) };
      expect(f.application.outcome).toBeNull();
      expect(followUpTitle(f)).toBe("Decline Initech's offer");
    }
  });

  it('withdrawing from an application with a blank position names the company alone', () => {
    const f = followUp({ kind: 'withdraw', note: interviewNote('A.md', { company: 'Umbrella', position: '' }), from: TODAY, due: TODAY, today: TODAY });
    expect(followUpTitle(f)).toBe('Withdraw from Umbrella');
  });

  it('thanking the references: one by name, or all of them', () => {
    const note = interviewNote('A.md', { company: 'Acme', status: 'accepted' });
    const title = (who: string | null) =>
      followUpTitle(followUp({ kind: 'thank-references', note, from: TODAY, due: TODAY, today: TODAY, person: who === null ? null : person(who) }));
    expect(title('Janet Roe')).toBe('Thank your reference Janet Roe');
    expect(title(null)).toBe('Thank your references');
  });
});

describe('when, in words', () => {
  it('an offer whose first day is still to come says from when, not the days left', () => {
    const note = interviewNote('A.md', { company: 'Acme', status: 'offer', offerDeadline: d('2026-12-18'), snoozedUntil: d('2026-12-10') });
    const f = followUp({ kind: 'offer-deadline', note, from: '2026-12-10', due: '2026-12-18', today: TODAY });
    expect(f.state).toBe('waiting');
    expect(whenInWords(f, d(TODAY))).toBe('from Thursday, December 10');
    expect(whenInWords(followUp({ kind: 'offer-deadline', note, from: '2026-12-08', due: '2026-12-18', today: TODAY }), d(TODAY))).toBe('from tomorrow');
  });

  it('a follow-up starting tomorrow says "from tomorrow"; later or on another day, the day itself', () => {
    const note = interviewNote('A.md', { company: 'Acme' });
    const from = (day: string) => whenInWords(followUp({ kind: 'status-inquiry', note, from: day, due: '2026-12-20', today: TODAY }), d(TODAY));
    expect(from('2026-12-08')).toBe('from tomorrow');
    expect(from('2026-12-09')).toBe('from Wednesday, December 9');
  });

  it('an offer counts the days left to answer down to one', () => {
    const note = interviewNote('A.md', { company: 'Acme', status: 'offer', offerDeadline: d('2026-12-11') });
    const left = (today: string) => whenInWords(followUp({ kind: 'offer-deadline', note, from: '2026-12-04', due: '2026-12-11', today }), d(today));
    expect(left('2026-12-09')).toBe('2 days left to answer');
    expect(left('2026-12-10')).toBe('1 day left to answer');
  });
});

describe('what the end of a search brings the other applications', () => {
  function application(path: string, fields: Partial<InterviewNote>) {
    return makeApplication([interviewNote(path, { company: path, position: 'Analyst', ...fields })]);
  }

  it('an offer of an interview with no date has no deadline to answer, and asks nothing of the others', () => {
    const undated = application('Acme.md', { date: null, status: 'offer', offerDeadline: d('2026-12-11') });
    expect(offerDeadlineOf(undated, d(TODAY))).toBeNull();
    expect(searchEndOf([undated], () => [], d(TODAY)).offer).toBeNull();
    const dated = application('Acme.md', { date: d('2026-12-01'), status: 'offer', offerDeadline: d('2026-12-11') });
    expect(offerDeadlineOf(dated, d(TODAY))).toBe(d('2026-12-11'));
  });

  it('an offer with no deadline asks nothing of the others, on any day the plugin reads (1900 to 2999)', () => {
    for (const today of ['1969-12-30', '1900-06-01', TODAY]) {
      const offer = application('Acme.md', { date: d(today) - 3, status: 'offer', offerDeadline: null });
      expect(searchEndOf([offer], () => [], d(today)).offer).toBeNull();
      const withDeadline = application('Acme.md', { date: d(today) - 3, status: 'offer', offerDeadline: d(today) + 4 });
      expect(searchEndOf([withDeadline], () => [], d(today)).offer?.deadline).toBe(d(today) + 4);
    }
  });

  it('an offer alone brings no references to thank; an acceptance brings them', () => {
    const withRefs = interviewNote('Globex.md', { company: 'Globex', references: [person('Janet Roe')] });
    const offer = application('Acme.md', { date: d('2026-12-01'), status: 'offer', offerDeadline: d('2026-12-11') });
    const end = searchEndOf([offer, makeApplication([withRefs])], () => [withRefs], d(TODAY));
    expect(end.offer?.application.latest.path).toBe('Acme.md');
    expect(end.references).toEqual([]);
    const accepted = application('Acme.md', { date: d('2026-12-01'), status: 'accepted' });
    expect(searchEndOf([accepted, makeApplication([withRefs])], () => [withRefs], d(TODAY)).references.map((p) => p.name)).toEqual(['Janet Roe']);
  });

  it('a reference named in several notes is thanked once, spelt as the first note by path spells it', () => {
    const accepted = application('Acme.md', { date: d('2026-12-01'), status: 'accepted' });
    const notes = [
      interviewNote('Interviews/D.md', { references: [person('JANET ROE'), person('Sam Lee')] }),
      interviewNote('Interviews/B.md', { references: [person('janet roe ')] }),
      interviewNote('Interviews/C.md', { references: [person('Ann Poe'), person('sam lee')] }),
      interviewNote('Interviews/A.md', { references: [person('Janet Roe')] }),
    ];
    for (const order of [notes, [...notes].reverse(), [notes[2]!, notes[0]!, notes[3]!, notes[1]!]]) {
      const end = searchEndOf([accepted], () => order, d(TODAY));
      expect(end.references.map((p) => p.name)).toEqual(['Janet Roe', 'Ann Poe', 'sam lee']);
    }
  });

  it('names that differ only where upper case would merge them are two people', () => {
    const accepted = application('Acme.md', { date: d('2026-12-01'), status: 'accepted' });
    const note = interviewNote('Interviews/A.md', { references: [person('Jo Strauß'), person('Jo Strauss')] });
    expect(searchEndOf([accepted], () => [note], d(TODAY)).references.map((p) => p.name)).toEqual(['Jo Strauß', 'Jo Strauss']);
  });
});
