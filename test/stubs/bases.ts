/**
 * A base opened on a plugin's view, as Obsidian does it: the registration's
 * factory makes the view under the base's toolbar, the view is loaded, and
 * each time the query's result changes (a filter edited, a note added) the
 * view gets a new BasesQueryResult with new entries and onDataUpdated().
 */
import { BasesEntry, BasesQueryResult, basesViewsOf, QueryController, TFile, type App, type BasesView } from './obsidian';

export interface OpenBase {
  view: BasesView;
  /** The element under the base's toolbar the view renders into. */
  el: HTMLElement;
  /** The base now selects these notes. */
  select(paths: string[]): void;
  close(): void;
}

export function openBase(app: App, viewType: string, paths: string[]): OpenBase {
  const registration = basesViewsOf(app).get(viewType);
  if (registration === undefined) throw new Error(`no Bases view '${viewType}'`);
  const el = createDiv({ cls: 'bases-view' });
  document.body.appendChild(el);
  const controller = new QueryController(app);
  const view = registration.factory(controller, el);
  view.load();
  const select = (selected: string[]) => {
    view.data = new BasesQueryResult(
      selected.map((path) => {
        const file = app.vault.getFileByPath(path);
        if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
        return new BasesEntry(file);
      }),
    );
    view.onDataUpdated();
  };
  select(paths);
  return {
    view,
    el,
    select,
    close: () => {
      view.unload();
      el.remove();
    },
  };
}
