import { Menu } from 'obsidian';

/** Where a menu opens: a mouse position, or under the element it was opened from. */
export interface MenuAnchor {
  x: number;
  y: number;
}

export interface RowMenuItem {
  title: string;
  icon: string;
  run(): void;
}

/** A follow-up's menu, Obsidian's own, at `at`; `onHide` is called when it closes, chosen or not. */
export function showRowMenu(at: MenuAnchor, items: readonly RowMenuItem[], onHide?: () => void): Menu {
  const menu = new Menu();
  for (const item of items) menu.addItem((i) => i.setTitle(item.title).setIcon(item.icon).onClick(() => item.run()));
  if (onHide !== undefined) menu.onHide(onHide);
  menu.showAtPosition(at);
  return menu;
}
