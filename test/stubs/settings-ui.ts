import type { App } from './workspace';

class ValueComponent<T> {
  protected changeHandlers: Array<(v: T) => unknown> = [];
  onChange(cb: (v: T) => unknown): this {
    this.changeHandlers.push(cb);
    return this;
  }
}

export class TextComponent extends ValueComponent<string> {
  inputEl: HTMLInputElement | HTMLTextAreaElement;
  constructor(container: HTMLElement, tag: 'input' | 'textarea' = 'input') {
    super();
    this.inputEl = container.createEl(tag);
    this.inputEl.addEventListener('input', () => {
      for (const cb of this.changeHandlers) cb(this.inputEl.value);
    });
  }
  setValue(v: string): this {
    this.inputEl.value = v;
    return this;
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setPlaceholder(p: string): this {
    this.inputEl.placeholder = p;
    return this;
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  toggleEl: HTMLInputElement;
  constructor(container: HTMLElement) {
    super();
    this.toggleEl = container.createEl('input', { type: 'checkbox' });
    this.toggleEl.addEventListener('change', () => {
      for (const cb of this.changeHandlers) cb(this.toggleEl.checked);
    });
  }
  setValue(v: boolean): this {
    this.toggleEl.checked = v;
    return this;
  }
  getValue(): boolean {
    return this.toggleEl.checked;
  }
}

export class ButtonComponent {
  buttonEl: HTMLButtonElement;
  constructor(container: HTMLElement) {
    this.buttonEl = container.createEl('button');
  }
  setButtonText(t: string): this {
    this.buttonEl.setText(t);
    return this;
  }
  setCta(): this {
    return this;
  }
  onClick(cb: () => unknown): this {
    this.buttonEl.addEventListener('click', cb);
    return this;
  }
}

export class Setting {
  settingEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  constructor(container: HTMLElement) {
    this.settingEl = container.createDiv({ cls: 'setting-item' });
    this.nameEl = this.settingEl.createDiv({ cls: 'setting-item-name' });
    this.descEl = this.settingEl.createDiv({ cls: 'setting-item-description' });
    this.controlEl = this.settingEl.createDiv({ cls: 'setting-item-control' });
  }
  setName(name: string): this {
    this.nameEl.setText(name);
    return this;
  }
  setDesc(desc: string): this {
    this.descEl.setText(desc);
    return this;
  }
  setHeading(): this {
    this.settingEl.addClass('setting-item-heading');
    return this;
  }
  addText(cb: (c: TextComponent) => unknown): this {
    cb(new TextComponent(this.controlEl));
    return this;
  }
  addTextArea(cb: (c: TextComponent) => unknown): this {
    cb(new TextComponent(this.controlEl, 'textarea'));
    return this;
  }
  addToggle(cb: (c: ToggleComponent) => unknown): this {
    cb(new ToggleComponent(this.controlEl));
    return this;
  }
  addButton(cb: (c: ButtonComponent) => unknown): this {
    cb(new ButtonComponent(this.controlEl));
    return this;
  }
}

export class PluginSettingTab {
  containerEl: HTMLElement;
  constructor(
    public app: App,
    public plugin: unknown,
  ) {
    this.containerEl = createDiv({ cls: 'vertical-tab-content' });
  }
  /** Obsidian 1.13: a tab with definitions is rendered from them (see setting-definitions.ts), not by display(). */
  getSettingDefinitions(): unknown[] {
    return [];
  }
  getControlValue(key: string): unknown {
    return (this.plugin as { settings?: Record<string, unknown> }).settings?.[key];
  }
  setControlValue(key: string, value: unknown): void | Promise<void> {
    const settings = (this.plugin as { settings?: Record<string, unknown> }).settings;
    if (settings !== undefined) settings[key] = value;
  }
  update(): void {}
  display(): void {}
  hide(): void {}
}

/**
 * Obsidian's suggester under a text box: the plugin gives the suggestions
 * for what is typed, renders each, and is told which one was chosen. Here
 * the list is rendered into `suggestionsEl` on input, and a click on a
 * suggestion chooses it, as in Obsidian.
 */
export abstract class AbstractInputSuggest<T> {
  limit = 100;
  readonly suggestionsEl: HTMLElement;
  private chosen: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  constructor(
    public app: App,
    protected readonly textInputEl: HTMLInputElement | HTMLDivElement,
  ) {
    this.suggestionsEl = (textInputEl.parentElement ?? document.body).createDiv({ cls: 'suggestion-container' });
    textInputEl.addEventListener('input', () => void this.refresh());
  }
  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.chosen?.(value, evt);
  }
  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.chosen = callback;
    return this;
  }
  setValue(value: string): void {
    if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
    else this.textInputEl.textContent = value;
  }
  getValue(): string {
    return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? '');
  }
  close(): void {
    this.suggestionsEl.empty();
  }
  private async refresh(): Promise<void> {
    const items = await this.getSuggestions(this.getValue());
    this.suggestionsEl.empty();
    for (const item of this.limit > 0 ? items.slice(0, this.limit) : items) {
      const el = this.suggestionsEl.createDiv({ cls: 'suggestion-item' });
      this.renderSuggestion(item, el);
      el.addEventListener('click', (evt) => this.selectSuggestion(item, evt));
    }
  }
}
