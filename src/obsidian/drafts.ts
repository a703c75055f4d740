import { type App, type Editor, type TFile } from 'obsidian';
import type { Day } from '../engine/dates';
import { type Draft, type DraftContext, type Sender } from '../engine/drafts';
import type { FollowUp } from '../engine/follow-ups';
import type { InterviewNote } from '../engine/interview-note';
import { findFrontmatterBlock } from '../engine/frontmatter-block';
import { senderOfSettings } from '../engine/sender';
import { DEFAULT_RULE_SETTINGS } from '../engine/settings';
import { draftContextOf, draftsOfFollowUps } from '../engine/use-cases/draft';
import type { InterviewVault } from '../engine/use-cases/vault';

/** What drafting needs from the plugin. */
export interface DraftHost {
  app: App;
  settings(): {
    yourName: string;
    signature: string;
    yourPhone: string;
    yourEmail: string;
    templatesFolder: string;
    maxInquiries?: number;
    propertyNames?: Readonly<Record<string, string>>;
  };
  personNote(link: string, fromPath: string): Record<string, unknown> | null;
  today(): Day;
  /** The open vault as drafting sees it: person notes through the metadata cache, templates from the templates folder. */
  interviews: Pick<InterviewVault, 'personNote' | 'templates'>;
}

function senderOf(host: DraftHost): Sender {
  return senderOfSettings(host.settings());
}

/** Everything a draft of this note is made from, as the engine's drafting use case gathers it. */
export function draftContext(host: DraftHost, note: InterviewNote): Promise<DraftContext> {
  return draftContextOf(host.interviews, note, host.today(), senderOf(host), host.settings().maxInquiries ?? DEFAULT_RULE_SETTINGS.maxInquiries);
}

/** The drafts of one follow-up of the agenda, as the command line drafts them. */
export async function draftsOfFollowUp(host: DraftHost, followUp: FollowUp): Promise<Draft[]> {
  return draftsOfFollowUps(host.interviews, followUp.kind, [followUp], await draftContext(host, followUp.note));
}

/** The drafts as one block of text, set apart by blank lines. */
export function draftsBlock(drafts: readonly Draft[]): string {
  return drafts.map((d) => d.text.trimEnd()).join('\n\n');
}

/** The line after the frontmatter (0 when there is none), the frontmatter fenced as Obsidian fences it. */
export function lineAfterFrontmatter(text: string): number {
  const block = findFrontmatterBlock(text);
  if (block === null || !block.closed || block.language !== '') return 0;
  // The closing line's index, plus one.
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < block.close; i = text.indexOf('\n', i + 1)) line += 1;
  return line + 1;
}

/**
 * Inserts the drafts at the cursor, or just after the frontmatter when the
 * cursor is inside it, in one edit (one undo step).
 */
export function insertIntoEditor(editor: Editor, drafts: readonly Draft[]): void {
  const block = draftsBlock(drafts);
  const last = editor.lastLine();
  const after = lineAfterFrontmatter(editor.getValue());
  if (after > last) {
    // A note that is all frontmatter, without a final line break: the drafts go on a new line after it.
    editor.replaceRange(`\n${block}\n`, { line: last, ch: editor.getLine(last).length });
    return;
  }
  let at = editor.getCursor();
  if (at.line < after) at = { line: after, ch: 0 };
  const line = editor.getLine(at.line);
  const before = at.ch > 0 ? '\n\n' : at.line > after && editor.getLine(at.line - 1).trim() !== '' ? '\n' : '';
  const tail = at.ch < line.length ? '\n\n' : '\n';
  editor.replaceRange(`${before}${block}${tail}`, at);
}

/** The heading under which the sidebar's drafts are collected, at the end of the note. */
export const DRAFTS_HEADING = '## Follow-up drafts';

/**
 * Where drafts go under the note's `## Follow-up drafts` heading: at the end
 * of that section, or a new section at the end of the note. Returns the
 * offset and the text to insert there.
 */
export function draftsSectionInsertion(text: string, drafts: readonly Draft[]): { offset: number; insert: string } {
  const block = draftsBlock(drafts);
  const heading = new RegExp(`^${DRAFTS_HEADING}[ \\t]*$`, 'm').exec(text);
  if (heading === null) {
    const sep = text === '' ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { offset: text.length, insert: `${sep}${DRAFTS_HEADING}\n\n${block}\n` };
  }
  const after = heading.index + heading[0].length;
  const next = /^#{1,2} /m.exec(text.slice(after));
  let offset = next === null ? text.length : after + next.index;
  // Before the blank lines that end the section.
  while (offset > after && text.charAt(offset - 1) === '\n' && text.charAt(offset - 2) === '\n') offset -= 1;
  const before = text.slice(0, offset);
  const lead = before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  return { offset, insert: `${lead}${block}\n${next === null ? '' : '\n'}` };
}

/** Adds the drafts under the note's drafts heading, in the note's file (one write). */
export async function appendToNote(app: App, file: TFile, drafts: readonly Draft[]): Promise<void> {
  await app.vault.process(file, (text) => {
    const { offset, insert } = draftsSectionInsertion(text, drafts);
    return text.slice(0, offset) + insert + text.slice(offset);
  });
}

/** Adds the drafts under the note's drafts heading, in the editor showing it (one undo step). */
export function appendInEditor(editor: Editor, drafts: readonly Draft[]): void {
  const { offset, insert } = draftsSectionInsertion(editor.getValue(), drafts);
  editor.replaceRange(insert, editor.offsetToPos(offset));
}

export function fillInsMessage(drafts: readonly Draft[]): string {
  const n = drafts.reduce((sum, d) => sum + d.fillIns, 0);
  const what = drafts.length === 1 ? 'Draft inserted' : `${drafts.length} drafts inserted`;
  if (n === 0) return `${what}. Read it through before you send it.`;
  return `${what}: ${n} ${n === 1 ? 'fill-in' : 'fill-ins'} in [square brackets] to complete before you send.`;
}
