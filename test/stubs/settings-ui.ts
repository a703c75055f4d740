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
  display(): void {}
  hide(): void {}
}
