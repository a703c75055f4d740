import type { Day } from '../engine/dates';
import { DRAFT_KINDS, type Draft, type DraftContext, type DraftKind } from '../engine/drafts';
import { normalizeWord } from '../engine/keys';
import { draftForNote } from '../engine/use-cases/draft';
import { visibleControls } from './control-characters';
import { FileVault } from './file-vault';
import { locateNote, Refusal } from './note-location';
import { senderOfSettings } from '../engine/sender';
import { readPluginData, textSetting } from './scan';
import { vaultSettings } from './vault-agenda';

export interface DraftArgs {
  command: 'draft';
  note: string;
  kind: DraftKind;
  who: string | null;
  /** null: the nearest folder above the note that holds `.obsidian`, else the current folder. */
  vault: string | null;
  today: Day | null;
  /** `--property FIELD=NAME`: documented field -> the person's own property name. */
  propertyNames: Record<string, string>;
}

export interface DraftIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The folder NOTE is read from (default: the process's current folder). */
  cwd?: string;
}

/** `thank-you`, `Thank You`, `linkedin` ... as a draft kind. */
export function draftKindOf(word: string): DraftKind | null {
  const w = normalizeWord(word);
  if (w === 'linkedin') return 'linkedin-note';
  return DRAFT_KINDS.find((k) => normalizeWord(k) === w) ?? null;
}

/** The draft as it is sent: the subject line first, then the body. */
export function asSent(draft: Draft): string {
  return `${draft.subject !== null ? `Subject: ${draft.subject}\n\n` : ''}${draft.body.trimEnd()}\n`;
}

/** Your details a draft left as a fill-in, each with the `config set` that saves it for every later draft. */
function senderHints(drafts: readonly Draft[], sender: DraftContext['sender']): Array<{ fillIn: string; command: string }> {
  const text = drafts.map((d) => `${d.subject ?? ''}\n${d.body}`).join('\n');
  const hints: Array<{ fillIn: string; command: string }> = [];
  if (sender.name === null && text.includes('[your name]')) hints.push({ fillIn: '[your name]', command: 'interview-follow-up config set name "Your Name"' });
  if ((sender.phone ?? null) === null && text.includes('[your phone number]')) hints.push({ fillIn: '[your phone number]', command: 'interview-follow-up config set phone "+1 555 0100"' });
  if ((sender.email ?? null) === null && text.includes('[your email address]')) hints.push({ fillIn: '[your email address]', command: 'interview-follow-up config set email you@example.com' });
  return hints;
}

/** Runs `draft`; returns the exit status. */
export async function draftCommand(args: DraftArgs, io: DraftIo, today: Day): Promise<number> {
  try {
    const location = await locateNote(args.note, args.vault, io.cwd ?? process.cwd());
    const vault = location.vault;
    const warn = (w: string) => io.stderr(`interview-follow-up: ${w}\n`);
    const data = await readPluginData(vault, warn);
    const settings = await vaultSettings(vault, { folders: [], holidays: [], propertyNames: args.propertyNames }, warn);
    const day = args.today ?? today;
    const files = new FileVault(vault, day, settings, textSetting(data, 'templatesFolder'));
    const sender = senderOfSettings(data);
    const { note, drafts, notice } = await draftForNote(files, { path: location.inVault, kind: args.kind, who: args.who, today: day, sender }, settings);
    io.stdout(visibleControls(drafts.map(asSent).join('\n---\n\n')));
    if (notice !== null) io.stderr(`interview-follow-up: ${note.path}: this ${args.kind} follow-up is ${notice}\n`);
    const fillIns = drafts.reduce((n, d) => n + d.fillIns, 0);
    if (fillIns > 0) io.stderr(`interview-follow-up: ${fillIns} ${fillIns === 1 ? 'fill-in' : 'fill-ins'} in [square brackets] to complete before you send\n`);
    const unset = senderHints(drafts, sender);
    if (unset.length > 0) io.stderr(`interview-follow-up: to fill in ${unset.map((h) => h.fillIn).join(' and ')} for you next time: ${unset.map((h) => h.command).join(', ')}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.stderr(`interview-follow-up: ${error.message}\n`);
    return 2;
  }
}
