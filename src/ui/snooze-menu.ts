import { Menu, Modal, type App } from 'obsidian';
import { formatDay, parseDay, weekdayOf, type Day } from '../engine/dates';
import { dayInWords } from '../engine/words';

/** The quick choices: tomorrow, next Monday, in a week. */
export function snoozeChoices(today: Day): Array<{ label: string; day: Day }> {
  const toMonday = ((8 - weekdayOf(today)) % 7) || 7;
  return [
    { label: 'Tomorrow', day: today + 1 },
    { label: 'Next Monday', day: today + toMonday },
    { label: 'In a week', day: today + 7 },
  ];
}

/** A date picker for a snooze, refusing days that are not after today. */
export class SnoozeDateModal extends Modal {
  constructor(
    app: App,
    private readonly today: Day,
    private readonly what: string,
    private readonly choose: (day: Day) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(`Snooze: ${this.what}`);
    const { contentEl } = this;
    contentEl.createEl('p', { text: 'Wait until this day:' });
    const input = contentEl.createEl('input', { type: 'date', cls: 'ifu-snooze-date', attr: { min: formatDay(this.today + 1), 'aria-label': 'Snooze until' } });
    input.value = formatDay(this.today + 7);
    const message = contentEl.createEl('p', { cls: 'ifu-form-error', attr: { role: 'alert' } });
    const button = contentEl.createEl('button', { text: 'Snooze', cls: 'mod-cta' });
    const submit = () => {
      const day = parseDay(input.value);
      if (day === null || input.value.length !== 10) {
        message.setText('Choose a day.');
        return;
      }
      if (day <= this.today) {
        message.setText('Choose a day after today.');
        return;
      }
      this.close();
      this.choose(day);
    };
    button.addEventListener('click', submit);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') submit();
    });
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/** The snooze menu of a follow-up, where the row's menu was (`at`), or at the button that opened it. */
export function showSnoozeMenu(app: App, at: MouseEvent | { x: number; y: number }, today: Day, what: string, choose: (day: Day) => void): void {
  const menu = new Menu();
  for (const c of snoozeChoices(today)) {
    menu.addItem((item) => item.setTitle(`${c.label} (${dayInWords(c.day, today)})`).setIcon('alarm-clock').onClick(() => choose(c.day)));
  }
  menu.addItem((item) =>
    item
      .setTitle('Pick a date…')
      .setIcon('calendar')
      .onClick(() => new SnoozeDateModal(app, today, what, choose).open()),
  );
  if (!(at instanceof MouseEvent)) {
    menu.showAtPosition(at);
    return;
  }
  const event = at;
  // Opened from the keyboard, the click has no position: show the menu at the button instead.
  const target = event.currentTarget ?? event.target;
  if (event.detail === 0 && target instanceof HTMLElement) {
    const box = target.getBoundingClientRect();
    menu.showAtPosition({ x: box.left, y: box.bottom });
  } else {
    menu.showAtMouseEvent(event);
  }
}
