import type { App } from 'obsidian';
import { CaptureModal, type CaptureFormOptions } from './capture-modal';

/**
 * "Track this note as an interview": the new-interview form, filled in
 * with what was found in the note. A field the note already has is shown
 * as it is and cannot be changed here (it is left where it is); the others
 * are what will be added.
 */

/** A field of the form as found: its text, and the property that holds it when the note already has it. */
export interface FoundField {
  value: string;
  /** The note's own property (`org` for the company); null when the value is to be added. */
  inNote: string | null;
}

export type TrackFormField = 'company' | 'position' | 'date' | 'time' | 'interviewers' | 'references' | 'promised-date' | 'contact-method' | 'final-round';

export interface TrackFormOptions {
  /** The note's name, for the title. */
  note: string;
  found: Partial<Record<TrackFormField, FoundField>>;
  /** Fields the note has that the form may still change (a plain `date`, often the day the note was made). */
  changeable: ReadonlySet<TrackFormField>;
  /** Properties found in the note's text that the form does not show, as the lines that will be added. */
  alsoAdded: readonly string[];
}

const CONTACT_CHOICES = new Set(['', 'email', 'phone']);

export class TrackModal extends CaptureModal {
  constructor(
    app: App,
    form: CaptureFormOptions,
    private readonly track: TrackFormOptions,
  ) {
    super(app, form);
  }

  override onOpen(): void {
    super.onOpen();
    const { contentEl, track } = this;
    this.setTitle(`Track ${track.note} as an interview`);
    const intro = createDiv({ cls: 'ifu-track-intro' });
    intro.createEl('p', {
      text: 'Filled in with what this note already says. Greyed-out fields are in its properties and stay as they are; the others are added to its properties, and nothing else in the note changes.',
    });
    if (track.alsoAdded.length > 0) {
      intro.createEl('p', { text: 'Also added, from the note’s text:' });
      const list = intro.createEl('ul');
      for (const line of track.alsoAdded) list.createEl('li').createEl('code', { text: line });
    }
    contentEl.prepend(intro);
    for (const name of ['date', 'time', 'promised-date'] as const) {
      // The new-interview form opens at today; here only what was found is filled in.
      const input = contentEl.querySelector<HTMLInputElement>(`[name="${name}"]`);
      if (input !== null) input.value = '';
    }
    for (const [name, found] of Object.entries(track.found) as Array<[TrackFormField, FoundField]>) {
      const input = contentEl.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`);
      if (input === null) continue;
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = found.value === 'true';
      else if (input instanceof HTMLSelectElement) this.chooseContact(input, found);
      else input.value = found.value;
      if (found.inNote !== null && !track.changeable.has(name)) {
        input.disabled = true;
        input.setAttr('title', `In the note as ${found.inNote}; left as it is`);
      }
    }
    const main = contentEl.querySelector<HTMLButtonElement>('.modal-button-container .mod-cta');
    main?.setText('Track note');
  }

  /** A contact method the list offers is chosen; another one found in the text goes under Other. */
  private chooseContact(select: HTMLSelectElement, found: FoundField): void {
    if (CONTACT_CHOICES.has(found.value) || found.inNote !== null) {
      // One the note already has stays in the note whatever the list shows.
      select.value = CONTACT_CHOICES.has(found.value) ? found.value : '';
      return;
    }
    select.value = 'other';
    select.dispatchEvent(new Event('change'));
    const other = this.contentEl.querySelector<HTMLInputElement>('[name="contact-other"]');
    if (other !== null) other.value = found.value;
  }
}
