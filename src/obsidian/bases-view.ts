import { BasesView, requireApiVersion, type Plugin, type QueryController } from 'obsidian';
import type { Agenda } from '../engine/agenda';
import type { InterviewNote } from '../engine/interview-note';
import type { SidebarHost } from '../ui/follow-up-view';
import { renderSidebar } from '../ui/render-sidebar';
import { sidebarModel } from '../ui/sidebar-model';

/** The Bases view type: `type: interview-follow-ups` in a .base file's views. */
export const BASES_VIEW_FOLLOW_UPS = 'interview-follow-ups';

/** The part of an agenda about these notes: their follow-ups and their problems. */
export function agendaOfNotes(agenda: Agenda, paths: ReadonlySet<string>): Agenda {
  return {
    ...agenda,
    followUps: agenda.followUps.filter((f) => paths.has(f.note.path)),
    problems: agenda.problems.filter((p) => paths.has(p.note)),
  };
}

/** The Follow-ups views of the bases open now. */
const openViews = new Set<BaseFollowUps>();

/** Redraws every open Follow-ups view of a base: a display setting (show done) changed. */
export function refreshBaseFollowUps(): void {
  for (const view of openViews) view.render();
}

/** What a base's view draws: the sidebar's rows for the notes the base selects. */
export class BaseFollowUps {
  readonly sidebarEl: HTMLElement;
  readonly noneEl: HTMLElement;
  private unsubscribe: (() => void) | null = null;
  private paths: ReadonlySet<string> = new Set();

  constructor(
    containerEl: HTMLElement,
    private readonly host: SidebarHost,
  ) {
    const root = containerEl.createDiv({ cls: 'ifu-bases-view' });
    this.sidebarEl = root.createDiv();
    this.noneEl = root.createDiv({ cls: 'ifu-empty ifu-bases-none' });
  }

  /** Follows the agenda: a note edited anywhere redraws the view. */
  start(): void {
    this.unsubscribe ??= this.host.subscribe(() => this.render());
    openViews.add(this);
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    openViews.delete(this);
  }

  /** The base now selects these notes. */
  select(paths: Iterable<string>): void {
    this.paths = new Set(paths);
    this.render();
  }

  render(): void {
    const agenda = this.host.agenda();
    this.noneEl.empty();
    if (agenda === null) {
      this.sidebarEl.hidden = true;
      this.noneEl.createEl('p', { text: 'Reading your interview notes…' });
      return;
    }
    const inBase = (n: InterviewNote) => this.paths.has(n.path);
    const interviewNotes = [...(this.host.interviewNotes?.() ?? [])].filter(inBase);
    const model = sidebarModel(
      agendaOfNotes(agenda, this.paths),
      this.host.showDone(),
      (f) => this.host.emailOf?.(f) ?? null,
      (p) => this.host.problemLine?.(p) ?? null,
      { grouping: 'date', interviewNotes },
    );
    // The sidebar's own empty state is for a vault without interview notes; a base says what it selects.
    this.sidebarEl.hidden = model.empty;
    if (model.empty) {
      this.noneEl.createEl('p', {
        text: this.paths.size === 0 ? 'This base shows no notes.' : 'No follow-ups for the notes this base shows.',
      });
      return;
    }
    renderSidebar(this.sidebarEl, model, this.host.handlers());
  }
}

/**
 * Registers the "Follow-ups" view for bases. Where Obsidian is older than
 * 1.10 (no Bases API) or Bases is turned off in the vault, nothing is
 * registered and the plugin goes on without it: the result says which.
 */
export function registerFollowUpsBasesView(plugin: Plugin, host: SidebarHost): boolean {
  if (requireApiVersion('1.10.0')) {
    // An API that says 1.10 but lacks the method or the class is older than it claims.
    if (typeof plugin.registerBasesView !== 'function' || typeof BasesView !== 'function') return false;

    class FollowUpsBasesView extends BasesView {
      readonly type = BASES_VIEW_FOLLOW_UPS;
      private readonly followUps: BaseFollowUps;

      constructor(controller: QueryController, containerEl: HTMLElement) {
        super(controller);
        this.followUps = new BaseFollowUps(containerEl, host);
      }

      override onload(): void {
        this.followUps.start();
      }

      override onunload(): void {
        this.followUps.stop();
      }

      onDataUpdated(): void {
        this.followUps.select(this.data.data.map((entry) => entry.file.path));
      }
    }

    try {
      return plugin.registerBasesView(BASES_VIEW_FOLLOW_UPS, {
        name: 'Follow-ups',
        icon: 'calendar-check',
        factory: (controller, containerEl) => new FollowUpsBasesView(controller, containerEl),
      });
    } catch {
      return false;
    }
  }
  return false;
}
