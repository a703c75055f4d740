import { AbstractInputSuggest, type App } from 'obsidian';

/**
 * The property names the vault's notes already use, read from the metadata
 * cache (each note's frontmatter keys), most used first, so a person can map
 * a field to the name they write.
 */
export function vaultPropertyNames(app: App): string[] {
  const counts = new Map<string, number>();
  for (const file of app.vault.getMarkdownFiles()) {
    const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
    if (frontmatter === undefined || frontmatter === null) continue;
    for (const key of Object.keys(frontmatter)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
}

/** Suggests the vault's property names under a text box; choosing one sets it and reports it. */
export class PropertyNameSuggest extends AbstractInputSuggest<string> {
  private names: string[] | null = null;

  constructor(
    app: App,
    private readonly input: HTMLInputElement,
    private readonly chosen: (name: string) => void,
  ) {
    super(app, input);
  }

  protected getSuggestions(query: string): string[] {
    // Read once per settings visit: the vault's names do not change while typing.
    this.names ??= vaultPropertyNames(this.app);
    const q = query.trim().toLowerCase();
    return q === '' ? this.names : this.names.filter((n) => n.toLowerCase().includes(q));
  }

  renderSuggestion(name: string, el: HTMLElement): void {
    el.setText(name);
  }

  override selectSuggestion(name: string): void {
    this.setValue(name);
    this.input.dispatchEvent(new Event('input'));
    this.chosen(name);
    this.close();
  }
}
