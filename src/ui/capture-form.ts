import { Setting } from 'obsidian';
import { parseDay, type Day } from '../engine/dates';
import { isTimeOfDay } from '../engine/new-note';

/**
 * The parts every capture form shares: a labelled field with room for its
 * own message, date and time inputs read strictly, and a message for the
 * whole form.
 */

/** A field of a form: its input and the message shown under it when its value will not do. */
export interface FormField<T extends HTMLElement> {
  input: T;
  error: HTMLElement;
  setting: Setting;
}

export function formField<K extends 'input' | 'textarea' | 'select'>(
  container: HTMLElement,
  name: string,
  description: string,
  key: string,
  tag: K,
  type?: string,
): FormField<HTMLElementTagNameMap[K]> {
  const setting = new Setting(container).setName(name);
  if (description !== '') setting.setDesc(description);
  const error = setting.descEl.createDiv({ cls: 'ifu-form-error', attr: { role: 'alert' } });
  const input = setting.controlEl.createEl(tag, { attr: { name: key, 'aria-label': name } });
  if (type !== undefined) input.setAttr('type', type);
  return { input, error, setting };
}

/** Clears every field's message; returns a function that sets one and remembers that something was wrong. */
export function messages(fields: ReadonlyArray<FormField<HTMLElement>>, general: HTMLElement): { fail(field: FormField<HTMLElement> | null, text: string): void; failed(): boolean } {
  for (const f of fields) f.error.setText('');
  general.setText('');
  let failed = false;
  return {
    fail(field, text) {
      failed = true;
      (field?.error ?? general).setText(text);
    },
    failed: () => failed,
  };
}

/** A date input's day: null when empty, false when it holds something that is not a date. */
export function dayOfInput(input: HTMLInputElement): Day | null | false {
  const value = input.value.trim();
  if (value === '') return null;
  const day = parseDay(value);
  return day === null || value.length !== 10 ? false : day;
}

/** A time input's `HH:mm`: null when empty, false when it holds something that is not a time of day. */
export function timeOfInput(input: HTMLInputElement): string | null | false {
  const value = input.value.trim();
  if (value === '') return null;
  const hhmm = /^\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(value) ? value.slice(0, 5) : value;
  return isTimeOfDay(hhmm) ? hhmm : false;
}

/** `company is needed` as a sentence: `Company is needed.` */
export function asSentence(text: string): string {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

/** The form's buttons: the main one, and Cancel. */
export function formButtons(container: HTMLElement, label: string, submit: () => void, cancel: () => void): HTMLButtonElement {
  const row = container.createDiv({ cls: 'modal-button-container' });
  const main = row.createEl('button', { text: label, cls: 'mod-cta' });
  main.addEventListener('click', submit);
  row.createEl('button', { text: 'Cancel' }).addEventListener('click', cancel);
  return main;
}

/** Enter in a one-line input submits the form (a text area keeps Enter for new lines). */
export function submitOnEnter(container: HTMLElement, submit: () => void): void {
  container.addEventListener('keydown', (e: KeyboardEvent) => {
    const target = e.target as HTMLInputElement | null;
    if (e.key === 'Enter' && !e.isComposing && target?.tagName === 'INPUT' && target.type !== 'checkbox') {
      e.preventDefault();
      submit();
    }
  });
}

/**
 * A form's submit action, one at a time: `read` checks the fields (null: a
 * message is already shown); `write` does the work and returns a sentence
 * saying why nothing was written, or null, which closes the form.
 */
export function onceAtATime<T>(read: () => T | null, write: (value: T) => Promise<string | null>, general: HTMLElement, close: () => void): () => Promise<void> {
  let busy = false;
  return async () => {
    if (busy) return;
    const value = read();
    if (value === null) return;
    busy = true;
    try {
      const problem = await write(value);
      if (problem === null) close();
      else general.setText(problem);
    } finally {
      busy = false;
    }
  };
}
