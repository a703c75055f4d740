import { Modal, type App } from 'obsidian';
import { formatDay, type Day } from '../engine/dates';
import type { Status } from '../engine/interview-note';
import { dayOfInput, formField, messages } from './capture-form';

/** The outcomes offered, in the order an application goes, with what each means. */
export const OUTCOME_CHOICES: ReadonlyArray<{ status: Status; label: string; meaning: string }> = [
  { status: 'next-round', label: 'Next round', meaning: 'They invited you to another interview.' },
  { status: 'verbal-offer', label: 'Verbal offer', meaning: 'They offered you the job, not yet in writing.' },
  { status: 'offer', label: 'Offer', meaning: 'You have the offer in writing.' },
  { status: 'accepted', label: 'Accepted', meaning: 'You accepted the offer.' },
  { status: 'declined', label: 'Declined', meaning: 'You turned the offer down.' },
  { status: 'rejected', label: 'Rejected', meaning: 'They chose someone else.' },
  { status: 'withdrawn', label: 'Withdrawn', meaning: 'You withdrew from the process.' },
  { status: 'ghosted', label: 'Gone quiet', meaning: 'They stopped answering: no more inquiries or thank-yous.' },
];

export interface OutcomeFormOptions {
  /** `Acme, Data Analyst` */
  application: string;
  /** The note's status now. */
  current: Status;
  today: Day;
  choose(status: Status, day: Day): void;
}

/** "Record outcome": one click on what happened, on the day you heard (today unless changed). */
export class OutcomeModal extends Modal {
  constructor(
    app: App,
    private readonly options: OutcomeFormOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl, options } = this;
    this.setTitle(`Record outcome: ${options.application}`);
    const current = OUTCOME_CHOICES.find((c) => c.status === options.current)?.label ?? 'Waiting';
    contentEl.createEl('p', { text: `Status now: ${current.toLowerCase()}.`, cls: 'ifu-outcome-now' });
    const date = formField(contentEl, 'Decision date', 'The day you heard.', 'decision-date', 'input', 'date');
    date.input.value = formatDay(options.today);
    date.input.setAttr('max', formatDay(options.today));
    const general = contentEl.createDiv({ cls: 'ifu-form-error', attr: { role: 'alert' } });
    const choices = contentEl.createDiv({ cls: 'ifu-outcome-choices' });
    for (const choice of OUTCOME_CHOICES) {
      const button = choices.createEl('button', {
        text: choice.label,
        cls: choice.status === options.current ? ['ifu-outcome', 'is-current'] : 'ifu-outcome',
        attr: { 'data-status': choice.status, title: choice.meaning },
      });
      button.addEventListener('click', () => {
        const m = messages([date], general);
        const day = dayOfInput(date.input);
        if (day === null || day === false) m.fail(date, 'Choose the day you heard.');
        else if (day > options.today) m.fail(date, 'Choose today or an earlier day.');
        if (typeof day !== 'number' || m.failed()) return;
        this.close();
        options.choose(choice.status, day);
      });
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
