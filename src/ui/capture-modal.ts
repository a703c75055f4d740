import { Modal, type App } from 'obsidian';
import { formatDay, type Day } from '../engine/dates';
import { CaptureError, captureFrontmatter, namesFromLines, type InterviewCapture } from '../engine/new-note';
import { asSentence, dayOfInput, formButtons, formField, messages, onceAtATime, submitOnEnter, timeOfInput, type FormField } from './capture-form';

/** What the new interview form offers, and what it does with the answers. */
export interface CaptureFormOptions {
  /** Companies and positions already in the vault, suggested as the user types. */
  companies: readonly string[];
  positions: readonly string[];
  /** The day and time (`HH:mm`) the form opens at: the interview has most likely just ended. */
  today: Day;
  time: string;
  /** Writes the note; a message when it could not (the form stays open), else null. */
  submit(capture: InterviewCapture): Promise<string | null>;
}

const CONTACT_METHODS: ReadonlyArray<[string, string]> = [
  ['', 'Not said'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['other', 'Other…'],
];

let lists = 0;

/** A `<datalist>` of suggestions for an input. */
function suggest(container: HTMLElement, input: HTMLInputElement, values: readonly string[]): void {
  const id = `ifu-suggestions-${++lists}`;
  const list = container.createEl('datalist', { attr: { id } });
  for (const v of values) list.createEl('option', { attr: { value: v } });
  input.setAttr('list', id);
}

/** "New interview note": what to write down before the details fade. */
export class CaptureModal extends Modal {

  constructor(
    app: App,
    private readonly options: CaptureFormOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle('New interview note');
    const { contentEl, options } = this;
    contentEl.addClass('ifu-capture-form');
    const company = formField(contentEl, 'Company', '', 'company', 'input', 'text');
    suggest(contentEl, company.input, options.companies);
    const position = formField(contentEl, 'Position', 'The job title you interviewed for.', 'position', 'input', 'text');
    suggest(contentEl, position.input, options.positions);
    const date = formField(contentEl, 'Date', 'The day of the interview.', 'date', 'input', 'date');
    date.input.value = formatDay(options.today);
    const time = formField(contentEl, 'Time', 'When it started; leave empty if it does not matter.', 'time', 'input', 'time');
    time.input.value = options.time;
    const interviewers = formField(
      contentEl,
      'Interviewers',
      'One per line, as you would address them (Ms. Pat Jones), or a link to a person note ([[Pat Jones]]).',
      'interviewers',
      'textarea',
    );
    const references = formField(contentEl, 'References', 'The references you gave, one per line.', 'references', 'textarea');
    const promised = formField(contentEl, 'Decision promised by', 'The day they said you would hear by; leave empty if they did not say.', 'promised-date', 'input', 'date');
    const contact = formField(contentEl, 'Contact method', 'How they asked you to get in touch.', 'contact-method', 'select');
    for (const [value, label] of CONTACT_METHODS) contact.input.createEl('option', { text: label, attr: { value } });
    const other = createEl('input', { type: 'text', attr: { name: 'contact-other', 'aria-label': 'Other contact method', placeholder: 'Such as a video call' } });
    contact.input.addEventListener('change', () => {
      if (contact.input.value !== 'other') {
        other.detach();
        return;
      }
      contact.setting.controlEl.appendChild(other);
      other.focus();
    });
    const finalRound = formField(contentEl, 'Final round', 'The last round before they decide.', 'final-round', 'input', 'checkbox');
    const general = contentEl.createDiv({ cls: 'ifu-form-error', attr: { role: 'alert' } });
    const fields: Array<FormField<HTMLElement>> = [company, position, date, time, interviewers, references, promised, contact, finalRound];

    const read = (): InterviewCapture | null => {
      const m = messages(fields, general);
      if (company.input.value.trim() === '') m.fail(company, 'Enter the company.');
      if (position.input.value.trim() === '') m.fail(position, 'Enter the position.');
      const day = dayOfInput(date.input);
      if (day === null || day === false) m.fail(date, 'Choose the day of the interview.');
      const hhmm = timeOfInput(time.input);
      if (hhmm === false) m.fail(time, 'Enter a time such as 14:30, or leave it empty.');
      const promisedDay = dayOfInput(promised.input);
      if (promisedDay === false) m.fail(promised, 'Choose a date, or leave it empty.');
      else if (promisedDay !== null && typeof day === 'number' && promisedDay < day) m.fail(promised, 'This day is before the interview; check it.');
      const method = contact.input.value === 'other' ? other.value.trim() : contact.input.value;
      if (contact.input.value === 'other' && method === '') m.fail(contact, 'Say how they asked to be contacted, or choose not said.');
      if (m.failed() || typeof day !== 'number' || hhmm === false || promisedDay === false) return null;
      const capture: InterviewCapture = {
        company: company.input.value,
        position: position.input.value,
        date: day,
        time: hhmm,
        interviewers: namesFromLines(interviewers.input.value),
        references: namesFromLines(references.input.value),
        promisedDate: promisedDay,
        contactMethod: method === '' ? null : method,
        finalRound: finalRound.input.checked,
      };
      try {
        captureFrontmatter(capture);
      } catch (error) {
        if (!(error instanceof CaptureError)) throw error;
        m.fail(null, asSentence(error.message));
        return null;
      }
      return capture;
    };

    const submit = onceAtATime(read, (capture) => options.submit(capture), general, () => this.close());
    formButtons(contentEl, 'Create note', () => void submit(), () => this.close());
    submitOnEnter(contentEl, () => void submit());
    company.input.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
