import { setIcon } from './icons';
import type { App } from './workspace';

/** Every modal open right now, newest last (tests find them here). */
export const openModals: Modal[] = [];

/**
 * Obsidian's modal as it is drawn: `.modal-container.mod-dim` holding a
 * `.modal-bg` and the `.modal` (close button, `.modal-header` with the
 * title, `.modal-content`); Escape, the close button or a click on the
 * background closes it.
 */
export class Modal {
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && openModals.at(-1) === this) {
      event.preventDefault();
      this.close();
    }
  };
  constructor(public app: App) {
    this.containerEl = createDiv({ cls: ['modal-container', 'mod-dim'] });
    this.containerEl.createDiv({ cls: 'modal-bg' }).addEventListener('click', () => this.close());
    this.modalEl = this.containerEl.createDiv({ cls: 'modal', attr: { role: 'dialog', 'aria-modal': 'true' } });
    const close = this.modalEl.createEl('button', { cls: ['modal-close-button', 'clickable-icon'], attr: { 'aria-label': 'Close' } });
    close.addEventListener('click', () => this.close());
    this.titleEl = this.modalEl.createDiv({ cls: 'modal-header' }).createDiv({ cls: 'modal-title' });
    this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
  }
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  open(): void {
    openModals.push(this);
    document.body.appendChild(this.containerEl);
    document.addEventListener('keydown', this.onKey);
    void this.onOpen();
  }
  close(): void {
    const i = openModals.indexOf(this);
    if (i === -1) return;
    openModals.splice(i, 1);
    document.removeEventListener('keydown', this.onKey);
    this.containerEl.remove();
    void this.onClose();
  }
  onOpen(): void | Promise<void> {}
  onClose(): void | Promise<void> {}
}

export class MenuItem {
  title = '';
  icon = '';
  action: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  /** The item as the menu draws it: `.menu-item` with its icon and title. */
  readonly dom: HTMLElement;
  private readonly titleEl: HTMLElement;
  private readonly iconEl: HTMLElement;
  constructor() {
    this.dom = createDiv({ cls: 'menu-item', attr: { role: 'menuitem', tabindex: '-1' } });
    this.iconEl = this.dom.createDiv({ cls: 'menu-item-icon' });
    this.titleEl = this.dom.createDiv({ cls: 'menu-item-title' });
  }
  setTitle(title: string): this {
    this.title = title;
    this.titleEl.setText(title);
    return this;
  }
  setIcon(icon: string): this {
    this.icon = icon;
    setIcon(this.iconEl, icon);
    return this;
  }
  onClick(cb: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.action = cb;
    return this;
  }
}

/** Every menu shown, the last one last (tests pick an item from it). */
export const shownMenus: Menu[] = [];

/**
 * Obsidian's menu as it behaves: drawn as `.menu` at a position on the page,
 * one shown at a time; the arrow keys move the selection, Enter chooses,
 * Escape or a click elsewhere closes it; choosing an item closes the menu
 * before its action runs; focus goes back where it was.
 */
export class Menu {
  items: MenuItem[] = [];
  /** The menu's element while it is shown. */
  dom: HTMLElement | null = null;
  shown = false;
  private hideCallbacks: Array<() => unknown> = [];
  private selected = -1;
  private returnFocus: HTMLElement | null = null;
  private readonly onKey = (event: KeyboardEvent) => this.key(event);
  private readonly onOutside = (event: MouseEvent) => {
    if (this.dom !== null && event.target instanceof Node && !this.dom.contains(event.target)) this.hide();
  };

  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }
  addSeparator(): this {
    return this;
  }
  onHide(cb: () => unknown): void {
    this.hideCallbacks.push(cb);
  }
  showAtMouseEvent(ev: MouseEvent): this {
    return this.showAtPosition({ x: ev.clientX, y: ev.clientY });
  }
  showAtPosition(pos: { x: number; y: number }): this {
    for (const other of shownMenus) if (other.shown) other.hide();
    shownMenus.push(this);
    this.shown = true;
    const doc = document;
    this.returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    const dom = (this.dom = createDiv({ cls: 'menu', attr: { role: 'menu' } }));
    const scroll = dom.createDiv({ cls: 'menu-scroll' });
    this.items.forEach((item, i) => {
      scroll.appendChild(item.dom);
      item.dom.onclick = (event) => this.activate(i, event);
      item.dom.onmouseenter = () => this.select(i);
    });
    dom.style.left = `${Math.max(0, pos.x)}px`;
    dom.style.top = `${Math.max(0, pos.y)}px`;
    doc.body.appendChild(dom);
    // As Obsidian's: kept inside the window, moved left or up where it would go past its edge.
    const box = dom.getBoundingClientRect();
    const view = doc.documentElement;
    if (box.right > view.clientWidth) dom.style.left = `${Math.max(0, view.clientWidth - box.width - 4)}px`;
    if (box.bottom > view.clientHeight) dom.style.top = `${Math.max(0, view.clientHeight - box.height - 4)}px`;
    doc.addEventListener('keydown', this.onKey, true);
    // A click that opened the menu is not the click that closes it.
    window.setTimeout(() => {
      if (this.shown) doc.addEventListener('mousedown', this.onOutside, true);
    }, 0);
    this.select(0);
    return this;
  }
  hide(): this {
    if (!this.shown) return this;
    this.shown = false;
    document.removeEventListener('keydown', this.onKey, true);
    document.removeEventListener('mousedown', this.onOutside, true);
    this.dom?.remove();
    this.dom = null;
    if (this.returnFocus?.isConnected === true) this.returnFocus.focus();
    for (const cb of this.hideCallbacks) cb();
    return this;
  }
  close(): void {
    this.hide();
  }
  private select(i: number): void {
    this.selected = i;
    this.items.forEach((item, j) => item.dom.classList.toggle('selected', j === i));
    this.items[i]?.dom.focus();
  }
  private key(event: KeyboardEvent): void {
    const n = this.items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') this.select((this.selected + (event.key === 'ArrowDown' ? 1 : n - 1)) % n);
    else if (event.key === 'Home' || event.key === 'End') this.select(event.key === 'Home' ? 0 : n - 1);
    else if (event.key === 'Enter' || event.key === ' ') this.activate(this.selected, event);
    else if (event.key === 'Escape' || event.key === 'Tab') this.hide();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }
  private activate(i: number, event: MouseEvent | KeyboardEvent): void {
    const item = this.items[i];
    if (item === undefined) return;
    this.hide();
    void item.action?.(event);
  }
  /** Clicks the item with this title (tests). */
  choose(title: string): void {
    const i = this.items.findIndex((item) => item.title === title);
    if (i === -1) throw new Error(`no menu item '${title}' in ${this.items.map((item) => item.title).join(', ')}`);
    this.activate(i, new MouseEvent('click'));
  }
}
