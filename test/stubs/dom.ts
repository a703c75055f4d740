/**
 * Obsidian's DOM helpers (createEl, createDiv, createSpan, empty, setText,
 * addClass, toggleClass, ...), installed on the element prototypes of
 * whatever DOM is present: happy-dom in the tests, Chromium in the harness.
 * Class names go through classList, which refuses a name with a space in it,
 * as Obsidian's do.
 */
export interface DomElementInfo {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  value?: string;
  type?: string;
  placeholder?: string;
  href?: string;
  prepend?: boolean;
  parent?: Node;
}

type Callback<T> = (el: T) => void;

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, o?: DomElementInfo | string, cb?: Callback<HTMLElementTagNameMap[K]>) {
  const el = doc.createElement(tag);
  const info: DomElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
  if (info.cls !== undefined) el.classList.add(...(Array.isArray(info.cls) ? info.cls : [info.cls]));
  if (info.text !== undefined) el.textContent = info.text;
  if (info.title !== undefined) el.title = info.title;
  for (const [k, v] of Object.entries(info.attr ?? {})) if (v !== null && v !== false) el.setAttribute(k, String(v));
  for (const k of ['value', 'type', 'placeholder', 'href'] as const) {
    if (info[k] !== undefined) el.setAttribute(k, info[k]);
  }
  if (info.parent !== undefined) {
    if (info.prepend === true) info.parent.insertBefore(el, info.parent.firstChild);
    else info.parent.appendChild(el);
  }
  cb?.(el);
  return el;
}

export function installDomHelpers(win: Window & typeof globalThis): void {
  const proto = win.Node.prototype as unknown as Record<string, unknown>;
  if ('createEl' in proto) return;
  const doc = win.document;
  const defs: Record<string, (this: HTMLElement, ...args: never[]) => unknown> = {
    createEl(this: HTMLElement, tag: keyof HTMLElementTagNameMap, o?: DomElementInfo | string, cb?: Callback<HTMLElement>) {
      const info: DomElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
      return make(doc, tag, { ...info, parent: this }, cb);
    },
    createDiv(this: HTMLElement, o?: DomElementInfo | string, cb?: Callback<HTMLElement>) {
      const info: DomElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
      return make(doc, 'div', { ...info, parent: this }, cb);
    },
    createSpan(this: HTMLElement, o?: DomElementInfo | string, cb?: Callback<HTMLElement>) {
      const info: DomElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
      return make(doc, 'span', { ...info, parent: this }, cb);
    },
    empty(this: HTMLElement) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    setText(this: HTMLElement, text: string) {
      this.textContent = text;
    },
    getText(this: HTMLElement) {
      return this.textContent ?? '';
    },
    addClass(this: HTMLElement, ...cls: string[]) {
      this.classList.add(...cls);
    },
    addClasses(this: HTMLElement, cls: string[]) {
      this.classList.add(...cls);
    },
    removeClass(this: HTMLElement, ...cls: string[]) {
      this.classList.remove(...cls);
    },
    toggleClass(this: HTMLElement, cls: string | string[], value: boolean) {
      for (const c of Array.isArray(cls) ? cls : [cls]) this.classList.toggle(c, value);
    },
    hasClass(this: HTMLElement, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: HTMLElement, name: string, value: string | number | boolean | null) {
      if (value === null || value === false) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
    detach(this: HTMLElement) {
      this.remove();
    },
  };
  for (const [name, fn] of Object.entries(defs)) {
    Object.defineProperty(proto, name, { value: fn, configurable: true, writable: true });
  }
  const g = win as unknown as Record<string, unknown>;
  g.createEl = (tag: keyof HTMLElementTagNameMap, o?: DomElementInfo | string, cb?: Callback<HTMLElement>) => make(doc, tag, o, cb);
  g.createDiv = (o?: DomElementInfo | string, cb?: Callback<HTMLElement>) => make(doc, 'div', o, cb);
  g.createSpan = (o?: DomElementInfo | string, cb?: Callback<HTMLElement>) => make(doc, 'span', o, cb);
  g.createFragment = (cb?: Callback<DocumentFragment>) => {
    const fragment = doc.createDocumentFragment();
    cb?.(fragment);
    return fragment;
  };
  g.activeWindow = win;
  g.activeDocument = doc;
}
