/**
 * Obsidian 1.13's declarative settings, as a tab that returns definitions
 * from getSettingDefinitions() is shown: a group per `group` item with its
 * heading, a row per definition, each control seeded from
 * getControlValue(key) (or its defaultValue), and a change that passes the
 * definition's `validate` handed to setControlValue(key, value); a rejected
 * one shows its message under the row and is not saved. A number that does
 * not parse takes the defaultValue (or 0), as the d.ts says. `render`
 * definitions draw their own row. Also the settings search: which
 * definitions a query finds by name, description or alias.
 */
import { Setting, TextComponent, ToggleComponent } from './settings-ui';

/** The declarative half of a setting tab (structural, so the plugin's tab fits). */
export interface DeclarativeTab {
  containerEl: HTMLElement;
  getSettingDefinitions(): unknown[];
  getControlValue(key: string): unknown;
  setControlValue(key: string, value: unknown): void | Promise<void>;
}

/** The older half: what Obsidian before 1.13 calls. */
export interface ImperativeTab {
  containerEl: HTMLElement;
  display(): void;
}

export interface ControlDef {
  type: string;
  key: string;
  defaultValue?: unknown;
  placeholder?: string;
  min?: number;
  max?: number;
  validate?: (value: unknown) => string | void | Promise<string | void>;
}

export interface Def {
  name: string;
  desc?: string;
  aliases?: string[];
  control?: ControlDef;
  render?: (setting: Setting, group: unknown) => void;
}

export interface GroupDef {
  type: 'group' | 'list';
  heading?: string;
  items?: Def[];
}

function isGroup(item: unknown): item is GroupDef {
  return typeof item === 'object' && item !== null && 'type' in item && ((item as GroupDef).type === 'group' || (item as GroupDef).type === 'list');
}

/** Every definition, in order, with the heading of its group. */
export function definitionsOf(tab: DeclarativeTab): Array<Def & { group: string | null }> {
  const out: Array<Def & { group: string | null }> = [];
  for (const item of tab.getSettingDefinitions()) {
    if (isGroup(item)) for (const d of item.items ?? []) out.push({ ...d, group: item.heading ?? null });
    else out.push({ ...(item as Def), group: null });
  }
  return out;
}

/** Opens the tab as Obsidian 1.13 does. */
export function showDeclarative(tab: DeclarativeTab): void {
  const root = tab.containerEl;
  root.empty();
  for (const item of tab.getSettingDefinitions()) {
    if (isGroup(item)) {
      const groupEl = root.createDiv({ cls: 'setting-group' });
      if (item.heading !== undefined) new Setting(groupEl).setName(item.heading).setHeading();
      for (const d of item.items ?? []) renderDef(tab, groupEl, d);
    } else renderDef(tab, root, item as Def);
  }
}

/** Opens the tab as Obsidian before 1.13 does. */
export function showImperative(tab: ImperativeTab): void {
  tab.display();
}

function renderDef(tab: DeclarativeTab, container: HTMLElement, def: Def): void {
  const setting = new Setting(container).setName(def.name);
  if (typeof def.desc === 'string') setting.setDesc(def.desc);
  if (def.render !== undefined) {
    def.render(setting, { listEl: container });
    return;
  }
  const control = def.control;
  if (control === undefined) return;
  const error = setting.settingEl.createDiv({ cls: 'setting-item-error' });
  const seeded = tab.getControlValue(control.key) ?? control.defaultValue;
  const commit = async (value: unknown): Promise<void> => {
    const message = await control.validate?.(value);
    error.setText(typeof message === 'string' ? message : '');
    if (typeof message === 'string' && message !== '') return;
    await tab.setControlValue(control.key, value);
  };
  if (control.type === 'toggle') {
    const t = new ToggleComponent(setting.controlEl).setValue(seeded === true);
    t.toggleEl.dataset.control = control.type;
    t.onChange((v) => commit(v));
    return;
  }
  const t = new TextComponent(setting.controlEl, control.type === 'textarea' ? 'textarea' : 'input');
  t.inputEl.dataset.control = control.type;
  if (control.type === 'number' && t.inputEl instanceof HTMLInputElement) t.inputEl.type = 'number';
  t.setPlaceholder(control.placeholder ?? '').setValue(typeof seeded === 'string' || typeof seeded === 'number' ? String(seeded) : '');
  t.onChange((v) => {
    if (control.type !== 'number') return commit(v);
    const n = v.trim() === '' ? NaN : Number(v);
    return commit(Number.isFinite(n) ? n : typeof control.defaultValue === 'number' ? control.defaultValue : 0);
  });
}

/** The names of the definitions the settings search finds for this query. */
export function search(tab: DeclarativeTab, query: string): string[] {
  const q = query.toLowerCase();
  return definitionsOf(tab)
    .filter((d) => [d.name, typeof d.desc === 'string' ? d.desc : '', ...(d.aliases ?? [])].some((t) => t.toLowerCase().includes(q)))
    .map((d) => d.name);
}
