import { Modal, type App } from 'obsidian';
import type { Person } from '../engine/interview-note';

/**
 * Asks whom a draft is for when the note names several people: one button
 * for each, and one for everyone (a draft each).
 */
export class PersonPickerModal extends Modal {
  constructor(
    app: App,
    private readonly title: string,
    private readonly people: readonly Person[],
    private readonly choose: (people: readonly Person[]) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.title);
    const list = this.contentEl.createDiv({ cls: 'ifu-person-choices' });
    const pick = (people: readonly Person[]) => {
      this.close();
      this.choose(people);
    };
    for (const person of this.people) {
      list.createEl('button', { text: person.name, cls: 'ifu-person-choice' }).addEventListener('click', () => pick([person]));
    }
    list.createEl('button', { text: `Everyone (${this.people.length} drafts)`, cls: ['ifu-person-choice', 'mod-cta'] }).addEventListener('click', () => pick(this.people));
    list.querySelector('button')?.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
