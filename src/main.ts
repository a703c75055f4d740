import { Plugin, type WorkspaceLeaf } from 'obsidian';
import type { FollowUp } from './engine/follow-ups';
import type { Problem } from './engine/interview-note';
import { toRuleSettings } from './engine/stored-settings';
import { CalendarSync } from './obsidian/calendar-file';
import { registerCaptureCommands } from './obsidian/capture';
import { registerCommands } from './obsidian/commands';
import { openTrackForm, registerTrackCommand } from './obsidian/track';
import { FollowUpActions, openNote, ROW_ACTIONS } from './obsidian/follow-up-actions';
import { paletteCommands } from './obsidian/palette-commands';
import { refreshBaseFollowUps, registerFollowUpsBasesView } from './obsidian/bases-view';
import { LiveAgenda } from './obsidian/live-agenda';
import { ObsidianVault } from './obsidian/obsidian-vault';
import { ProblemLines } from './obsidian/problem-lines';
import { FollowUpSettingTab, readSettings, type InterviewFollowUpSettings } from './settings';
import { FollowUpView, VIEW_TYPE_FOLLOW_UPS } from './ui/follow-up-view';
import { makeStatusBarButton, renderStatusBar, startupNoticeOnDevice } from './ui/overdue-status';
import type { SidebarHandlers } from './ui/render-sidebar';

/** How long settings edits settle before the agenda is recomputed. */
export const SETTINGS_DEBOUNCE_MS = 400;

export default class InterviewFollowUpPlugin extends Plugin {
  override settings!: InterviewFollowUpSettings;
  live!: LiveAgenda;
  interviews!: ObsidianVault;
  calendar!: CalendarSync;
  private statusBar: HTMLElement | null = null;
  private rulesTimer: number | null = null;
  private capture: { newInterviewNote(): void } | null = null;
  private actions!: FollowUpActions;
  private problemLines!: ProblemLines;

  override async onload(): Promise<void> {
    this.settings = readSettings(await this.loadData());
    this.live = new LiveAgenda(this, () => toRuleSettings(this.settings));
    this.interviews = new ObsidianVault({ app: this.app, live: this.live, settings: () => this.settings });
    this.problemLines = new ProblemLines(this.app, () => this.settings.propertyNames, () => this.refreshSidebars());
    this.registerView(VIEW_TYPE_FOLLOW_UPS, (leaf) => new FollowUpView(leaf, this.sidebarHost()));
    // Where Bases is off, or the app predates it, the plugin goes on without its view.
    registerFollowUpsBasesView(this, this.sidebarHost());
    this.addRibbonIcon('calendar-check', 'Open follow-up sidebar', () => void this.openSidebar());
    this.calendar = new CalendarSync(this.app, this.interviews, () => ({ enabled: this.settings.calendarKeepCurrent, path: this.settings.calendarPath }), () => this.live.agenda());
    this.register(() => this.calendar.stop());
    this.register(() => {
      if (this.rulesTimer !== null) window.clearTimeout(this.rulesTimer);
    });
    registerCommands({
      addCommand: (c) => this.addCommand(c),
      openSidebar: () => this.openSidebar(),
      calendar: this.calendar,
      calendarPath: () => this.settings.calendarPath,
    });
    const host = {
      app: this.app,
      live: this.live,
      settings: () => this.settings,
      personNote: (link: string, from: string) => this.live.personNote(link, from),
      today: () => this.live.today(),
      interviews: this.interviews,
    };
    this.actions = new FollowUpActions(host);
    for (const command of paletteCommands(host, this.actions)) this.addCommand(command);
    this.capture = registerCaptureCommands(this);
    registerTrackCommand(this);
    this.addSettingTab(new FollowUpSettingTab(this.app, this));
    const statusBar = (this.statusBar = this.addStatusBarItem());
    makeStatusBarButton(statusBar, (type, listener) => this.registerDomEvent(statusBar, type, listener), () => void this.openSidebar());
    this.register(
      this.live.subscribe(() => {
        this.refreshStatusBar();
        this.calendar.changed();
      }),
    );
    this.app.workspace.onLayoutReady(() => {
      // The once-a-day notice waits for the first agenda: a cold start may wait for Obsidian's index.
      const first = this.live.subscribe(() => {
        first();
        void this.showStartupNotice();
      });
      this.register(first);
      this.live.start();
    });
  }

  /** The settings changed on another device (sync): take them and recompute. */
  override async onExternalSettingsChange(): Promise<void> {
    const before = JSON.stringify(toRuleSettings(this.settings));
    // The same object, so that an open settings tab goes on editing what is saved.
    Object.assign(this.settings, readSettings(await this.loadData()));
    if (JSON.stringify(toRuleSettings(this.settings)) !== before) this.live.settingsChanged();
    this.refreshStatusBar();
  }

  /** Saves the settings; a change to the rules recomputes the agenda once typing pauses. */
  async saveSettings(rulesChanged: boolean): Promise<void> {
    await this.saveData(this.settings);
    if (rulesChanged) {
      if (this.rulesTimer !== null) window.clearTimeout(this.rulesTimer);
      this.rulesTimer = window.setTimeout(() => {
        this.rulesTimer = null;
        this.live.settingsChanged();
      }, SETTINGS_DEBOUNCE_MS);
    }
    this.refreshStatusBar();
    this.calendar.changed();
    this.refreshSidebars();
  }

  private refreshSidebars(): void {
    for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)) {
      if (leaf.view instanceof FollowUpView) leaf.view.refresh();
    }
    refreshBaseFollowUps();
  }

  async openSidebar(): Promise<void> {
    const { workspace } = this.app;
    let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0] ?? null;
    if (leaf === null) {
      leaf = workspace.getRightLeaf(false);
      if (leaf === null) return;
      await leaf.setViewState({ type: VIEW_TYPE_FOLLOW_UPS, active: true });
    }
    await workspace.revealLeaf(leaf);
  }

  private sidebarHost() {
    return {
      agenda: () => this.live.agenda(),
      subscribe: (listener: () => void) => this.live.subscribe(listener),
      showDone: () => this.settings.showDone,
      emailOf: (f: FollowUp) => this.actions.emailOf(f),
      problemLine: (p: Problem) => this.problemLines.lineOf(p),
      interviewNotes: () => this.live.interviewNotes(),
      handlers: (): SidebarHandlers => ({
        openNote: (path, line) => void openNote(this.app, path, line),
        trackNote: (path) => {
          const file = this.app.vault.getFileByPath(path);
          if (file !== null) void openTrackForm(this, file);
        },
        newInterviewNote: () => this.capture?.newInterviewNote(),
        rowActions: ROW_ACTIONS,
        onRowAction: (action, row, at) => this.actions.onRowAction(action, row, at),
        toggleDone: () => {
          this.settings.showDone = !this.settings.showDone;
          void this.saveSettings(false);
        },
      }),
    };
  }

  private refreshStatusBar(): void {
    if (this.statusBar !== null) renderStatusBar(this.statusBar, this.live.agenda(), this.settings.statusBar);
  }

  private async showStartupNotice(): Promise<void> {
    const agenda = this.live.agenda();
    // Remembered on this device; an older data.json's lastNoticeDay is read where the device has none yet.
    if (agenda !== null) startupNoticeOnDevice(this.app, agenda, this.settings.startupNotice, await this.loadData());
  }
}
