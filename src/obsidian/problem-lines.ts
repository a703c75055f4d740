import { TFile, type App } from 'obsidian';
import type { Problem } from '../engine/interview-note';
import { lineOfProblem } from '../engine/problem-line';

/**
 * The line of the note each problem of the sidebar is about, read from the
 * note's text (Obsidian's metadata cache gives the properties, not where
 * they are written). A note is read once per modification; until its text
 * is known the line is null, and `learned` is called once it is.
 */
export class ProblemLines {
  private readonly texts = new Map<string, { mtime: number; text: string | null }>();

  constructor(
    private readonly app: App,
    private readonly propertyNames: () => Readonly<Record<string, string>>,
    private readonly learned: () => void,
  ) {}

  lineOf(problem: Problem): number | null {
    const file = this.app.vault.getAbstractFileByPath(problem.note);
    if (!(file instanceof TFile)) return null;
    const known = this.texts.get(problem.note);
    if (known !== undefined && known.mtime === file.stat.mtime) {
      return known.text === null ? null : lineOfProblem(known.text, problem, this.propertyNames());
    }
    const entry = { mtime: file.stat.mtime, text: null as string | null };
    this.texts.set(problem.note, entry);
    this.app.vault.cachedRead(file).then(
      (text) => {
        entry.text = text;
        this.learned();
      },
      () => undefined,
    );
    return null;
  }
}
