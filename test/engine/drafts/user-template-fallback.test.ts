import { describe, expect, it } from 'vitest';
import { renderDraft } from '../../../src/engine/drafts';
import { d } from '../../helpers';
import { ADVENTURE_WORKS_ASKED_ONCE, SENDER, noteOf } from './draft-helpers';

describe("a person's own templates for later variants", () => {
  const mine = { 'thank-you': 'Subject: My thanks\n\nDear {{greeting_name}}, thank you for {{interview_when}}.', 'status-inquiry': 'Subject: Mine\n\nAny news?' };

  it('their thank-you template serves a late thank-you, with the day in words', () => {
    const note = noteOf({ company: 'Acme', position: 'Analyst', date: '2026-11-20', interviewer: 'Ms. Pat Jones' });
    const draft = renderDraft({ note, kind: 'thank-you', sender: SENDER, today: d('2026-11-25'), templates: mine });
    expect(draft.templateName).toBe('thank-you-late');
    expect(draft.subject).toBe('My thanks');
    expect(draft.body).toContain('Friday, November 20');
    expect(draft.body).not.toMatch(/today|yesterday/);
  });

  it('a later status inquiry never repeats their first one', () => {
    const draft = renderDraft({ note: ADVENTURE_WORKS_ASKED_ONCE, kind: 'status-inquiry', sender: SENDER, today: d('2026-12-04'), templates: mine });
    expect(draft.subject).not.toBe('Mine');
    expect(draft.body).not.toContain('Any news?');
  });
});
