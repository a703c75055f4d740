import type { MenuAnchor } from './row-menu';
import type { FollowUpRow } from './sidebar-model';

/** Something a person can do with a follow-up: the row's one button, or an item of its menu. */
export interface RowAction {
  id: string;
  /** The button's or the menu item's text. */
  label: string;
  /** The menu item's icon. */
  icon: string;
  /** Its accessible name, naming the follow-up. */
  describe(row: FollowUpRow): string;
  /** Whether the row offers it. */
  offers(row: FollowUpRow): boolean;
}

export interface SidebarHandlers {
  /** Opens a note, at a line (1 for the first) where one is given. */
  openNote(path: string, line?: number): void;
  /** Opens the form that tracks this note as an interview, filled in with what was found. */
  trackNote?(path: string): void;
  toggleDone(): void;
  rowActions?: readonly RowAction[];
  /** A row's buttons stay disabled until the promise it returns settles; `at` is where a menu it opens goes. */
  onRowAction?(action: string, row: FollowUpRow, at: MenuAnchor): void | Promise<unknown>;
  newInterviewNote?(): void;
  /** Switches between grouping by date and by application. */
  toggleGrouping?(): void;
}
