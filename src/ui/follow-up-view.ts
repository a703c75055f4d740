import { ItemView, type WorkspaceLeaf } from 'obsidian';
import type { Agenda } from '../engine/agenda';
import type { FollowUp } from '../engine/follow-ups';
import type { InterviewNote, Problem } from '../engine/interview-note';
import { DEVICE_KEYS, loadDeviceValue, saveDeviceValue } from './device-state';
import { renderSidebar, type SidebarHandlers } from './render-sidebar';
import { sidebarModel, type Grouping } from './sidebar-model';

export const VIEW_TYPE_FOLLOW_UPS = 'interview-follow-up-sidebar';

/** What the sidebar needs from the plugin. */
export interface SidebarHost {
  agenda(): Agenda | null;
  subscribe(listener: () => void): () => void;
  showDone(): boolean;
  /** The address a follow-up's draft would go to, where one is known. */
  emailOf?(f: FollowUp): string | null;
  /** The line of the note a problem is about, where known. */
  problemLine?(p: Problem): number | null;
  /** Every interview note, for the interviews coming up. */
  interviewNotes?(): Iterable<InterviewNote>;
  handlers(): SidebarHandlers;
}

/** The grouping this device chose last; by date unless it chose by application. */
export function savedGrouping(app: ItemView['app']): Grouping {
  return loadDeviceValue(app, DEVICE_KEYS.grouping) === 'application' ? 'application' : 'date';
}

/** The follow-up sidebar: a thin view that renders the live agenda. */
export class FollowUpView extends ItemView {
  private unsubscribe: (() => void) | null = null;
  private grouping: Grouping = 'date';

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: SidebarHost,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return VIEW_TYPE_FOLLOW_UPS;
  }

  override getDisplayText(): string {
    return 'Interview follow-ups';
  }

  override getIcon(): string {
    return 'calendar-check';
  }

  override async onOpen(): Promise<void> {
    this.grouping = savedGrouping(this.app);
    this.unsubscribe = this.host.subscribe(() => this.refresh());
    this.refresh();
    await Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    await Promise.resolve();
  }

  refresh(): void {
    const agenda = this.host.agenda();
    if (agenda === null) {
      this.contentEl.empty();
      this.contentEl.createEl('p', { text: 'Reading your interview notes…', cls: 'ifu-loading' });
      return;
    }
    const model = sidebarModel(
      agenda,
      this.host.showDone(),
      (f) => this.host.emailOf?.(f) ?? null,
      (p) => this.host.problemLine?.(p) ?? null,
      { grouping: this.grouping, interviewNotes: this.host.interviewNotes?.() ?? [] },
    );
    renderSidebar(this.contentEl, model, { ...this.host.handlers(), toggleGrouping: () => this.toggleGrouping() });
  }

  /** By date or by application: remembered on this device. */
  toggleGrouping(): void {
    this.grouping = this.grouping === 'application' ? 'date' : 'application';
    saveDeviceValue(this.app, DEVICE_KEYS.grouping, this.grouping);
    this.refresh();
  }
}
