import { Modal, type App } from 'obsidian';
import { formatDay, type Day } from '../engine/dates';
import { dayOfInput, formButtons, formField, messages, onceAtATime, submitOnEnter, timeOfInput } from './capture-form';

/** What the next-round form shows, and what it does with the answer. */
export interface RoundFormOptions {
  /** `Acme, Data Analyst` */
  application: string;
  /** Who is carried over to the new note, in words. */
  carriedOver: string;
  today: Day;
  /** Writes the new note; a message when it could not (the form stays open), else null. */
  submit(day: Day, time: string | null, finalRound: boolean): Promise<string | null>;
}

/** "New round of this application": only the day and time are new; the rest comes from this note. */
export class RoundModal extends Modal {

  constructor(
    app: App,
    private readonly options: RoundFormOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl, options } = this;
    this.setTitle(`Next round: ${options.application}`);
    contentEl.createEl('p', { text: options.carriedOver, cls: 'ifu-carried-over' });
    const date = formField(contentEl, 'Date', 'The day of the next round.', 'date', 'input', 'date');
    date.input.value = formatDay(options.today);
    const time = formField(contentEl, 'Time', 'When it starts; leave empty if you do not know yet.', 'time', 'input', 'time');
    const finalRound = formField(contentEl, 'Final round', 'The last round before they decide.', 'final-round', 'input', 'checkbox');
    const general = contentEl.createDiv({ cls: 'ifu-form-error', attr: { role: 'alert' } });
    const read = (): [Day, string | null, boolean] | null => {
      const m = messages([date, time, finalRound], general);
      const day = dayOfInput(date.input);
      const hhmm = timeOfInput(time.input);
      if (day === null || day === false) m.fail(date, 'Choose the day of the next round.');
      if (hhmm === false) m.fail(time, 'Enter a time such as 14:30, or leave it empty.');
      if (typeof day !== 'number' || hhmm === false) return null;
      return [day, hhmm, finalRound.input.checked];
    };
    const submit = onceAtATime(read, ([day, hhmm, final]) => options.submit(day, hhmm, final), general, () => this.close());
    formButtons(contentEl, 'Create note', () => void submit(), () => this.close());
    submitOnEnter(contentEl, () => void submit());
    date.input.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
