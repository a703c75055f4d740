import { Setting } from 'obsidian';
import { isControlRow, type ControlRow, type SettingsTable } from './settings-table';

/**
 * Renders the settings table with the Setting API that Obsidian before 1.13
 * has: a heading per group, a row per setting, the same validation (its
 * message under the row, the value kept until it passes) and the same writes
 * as the declarative settings.
 */
export function renderSettingsTable(containerEl: HTMLElement, table: SettingsTable): void {
  for (const group of table.groups) {
    new Setting(containerEl).setName(group.heading).setHeading();
    for (const row of group.rows) {
      const setting = new Setting(containerEl).setName(row.name).setDesc(row.desc);
      if (isControlRow(row)) renderControl(setting, row, table);
      else row.render(setting);
    }
  }
}

function renderControl(setting: Setting, row: ControlRow, table: SettingsTable): void {
  const { control } = row;
  const error = setting.descEl.createDiv({ cls: 'ifu-setting-error' });
  const commit = (check: string | undefined, value: unknown): void => {
    error.setText(check ?? '');
    if (check === undefined) void table.write(control.key, value);
  };
  const value = table.read(control.key);
  switch (control.type) {
    case 'toggle':
      setting.addToggle((t) => t.setValue(value === true).onChange((v) => commit(undefined, v)));
      return;
    case 'number':
      setting.addText((t) => {
        t.inputEl.type = 'number';
        t.inputEl.min = String(control.min);
        t.inputEl.max = String(control.max);
        t.setValue(String(value)).onChange((v) => {
          // Half typed (empty, a lone minus sign): nothing to save yet.
          if (v.trim() === '' || !Number.isFinite(Number(v))) return;
          const n = Number(v);
          commit(control.validate(n), n);
        });
      });
      return;
    case 'textarea':
      setting.addTextArea((t) =>
        t
          .setPlaceholder(control.placeholder ?? '')
          .setValue(String(value))
          .onChange((v) => commit(control.validate?.(v), v)),
      );
      return;
    case 'text':
      setting.addText((t) =>
        t
          .setPlaceholder(control.placeholder ?? '')
          .setValue(String(value))
          .onChange((v) => commit(control.validate?.(v), v)),
      );
      return;
    case 'folder':
    case 'file':
      setting.addText((t) =>
        t
          .setPlaceholder(control.placeholder ?? '')
          .setValue(String(value))
          .onChange((v) => commit(undefined, v)),
      );
      return;
  }
}
