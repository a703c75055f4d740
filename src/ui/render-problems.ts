import type { SidebarHandlers } from './sidebar-handlers';
import type { ProblemRow } from './sidebar-model';

/**
 * Needs attention: each note the rules cannot read as it stands, with what
 * to change and on which line; a click opens the note at that line, and a
 * note without its date offers Track….
 */
export function renderProblems(el: HTMLElement, problems: readonly ProblemRow[], handlers: SidebarHandlers): void {
  el.empty();
  if (problems.length === 0) return;
  el.createEl('h5', { cls: 'ifu-group-title', text: `Needs attention (${problems.length})` });
  const list = el.createEl('ul', { cls: 'ifu-list' });
  for (const p of problems) {
    const li = list.createEl('li', { cls: ['ifu-row', 'ifu-problem'] });
    const where = p.line === null ? p.notePath : `${p.notePath}, line ${p.line}`;
    const open = li.createEl('button', { cls: 'ifu-open', attr: { title: `Open ${where}`, 'aria-label': `Open ${where}: ${p.message}` } });
    open.createSpan({ cls: 'ifu-row-title', text: p.notePath });
    if (p.line !== null) open.createSpan({ cls: 'ifu-problem-line', text: `line ${p.line}` });
    open.createSpan({ cls: 'ifu-row-context', text: p.message });
    const line = p.line;
    open.addEventListener('click', () => (line === null ? handlers.openNote(p.notePath) : handlers.openNote(p.notePath, line)));
    if (p.trackable && handlers.trackNote !== undefined) {
      const button = li.createEl('button', { cls: 'ifu-problem-track', text: 'Track…', attr: { 'aria-label': `Track ${p.notePath} as an interview` } });
      button.addEventListener('click', () => handlers.trackNote?.(p.notePath));
    }
  }
}
