import type { App } from './workspace';

/** Every modal open right now, newest last (tests find them here). */
export const openModals: Modal[] = [];

export class Modal {
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  constructor(public app: App) {
    this.modalEl = createDiv({ cls: 'modal' });
    this.titleEl = this.modalEl.createDiv({ cls: 'modal-title' });
    this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
  }
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  open(): void {
    openModals.push(this);
    document.body.appendChild(this.modalEl);
    void this.onOpen();
  }
  close(): void {
    const i = openModals.indexOf(this);
    if (i !== -1) openModals.splice(i, 1);
    this.modalEl.remove();
    void this.onClose();
  }
  onOpen(): void | Promise<void> {}
  onClose(): void | Promise<void> {}
}

export class MenuItem {
  title = '';
  icon = '';
  action: (() => unknown) | null = null;
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setIcon(icon: string): this {
    this.icon = icon;
    return this;
  }
  onClick(cb: () => unknown): this {
    this.action = cb;
    return this;
  }
}

/** The menu shown last (tests pick an item from it). */
export const shownMenus: Menu[] = [];

export class Menu {
  items: MenuItem[] = [];
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }
  addSeparator(): this {
    return this;
  }
  showAtMouseEvent(_ev: MouseEvent): this {
    shownMenus.push(this);
    return this;
  }
  showAtPosition(_pos: { x: number; y: number }): this {
    shownMenus.push(this);
    return this;
  }
  /** Clicks the item with this title (tests). */
  choose(title: string): void {
    const item = this.items.find((i) => i.title === title);
    if (item === undefined) throw new Error(`no menu item '${title}' in ${this.items.map((i) => i.title).join(', ')}`);
    void item.action?.();
  }
}
