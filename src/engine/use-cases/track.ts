import { isAbsent } from '../keys';
import { planTrack, type TrackAddition, type TrackOptions, type TrackPlan, type TrackSettings } from '../track';
import { Refusal } from './refusal';
import type { InterviewVault, TrackReplan } from './vault';

/**
 * `track`, written once for the command line and the plugin's form: a note
 * someone already has becomes an interview note, with `type: interview`
 * and the fields it lacks that can be found (contract section 6). The plan
 * is made again on the text the note holds at the moment of writing, so an
 * edit made meanwhile is neither lost nor written over.
 */

export interface TrackRequest {
  path: string;
  options: TrackOptions;
  /** Only say what would be added. */
  dryRun?: boolean;
  /** Additions found earlier that the plan of `options` does not make (what the plugin's form showed but does not ask). */
  also?: readonly TrackAddition[];
}

export interface TrackResult {
  plan: TrackPlan;
  /** The properties written, in the note's spelling; none on a dry run. */
  written: readonly string[];
}

/** A note `track` cannot change: the plan says why (`refusal`) and what else it found (`problems`). */
export class TrackRefusal extends Refusal {
  constructor(readonly plan: TrackPlan) {
    super(plan.refusal ?? 'the note cannot be tracked');
  }
}

/**
 * Adds what a plan adds to a frontmatter map (as `processFrontMatter`
 * hands it over): a type the note has keeps its value with `interview`
 * beside it; any other property is added only where the note has none.
 * Returns the keys written.
 */
export function addTracked(frontmatter: Record<string, unknown>, additions: readonly TrackAddition[]): string[] {
  const written: string[] = [];
  for (const a of additions) {
    if (a.field === 'type') frontmatter[a.key] = withInterview(frontmatter[a.key]);
    else if (isAbsent(frontmatter[a.key])) frontmatter[a.key] = a.value;
    else continue;
    written.push(a.key);
  }
  return written;
}

function withInterview(current: unknown): unknown {
  if (isAbsent(current)) return 'interview';
  if (Array.isArray(current)) return [...(current as unknown[]), 'interview'];
  return [current, 'interview'];
}

/** Tracks a note; a `TrackRefusal` (or the vault's `Refusal`) when nothing can be written. */
export async function trackNote(vault: Pick<InterviewVault, 'noteText' | 'applyTrack'>, request: TrackRequest, settings: TrackSettings): Promise<TrackResult> {
  const replan: TrackReplan = (text) => {
    const plan = planTrack(request.path, text, request.options, settings);
    if (plan.refusal !== null) throw new TrackRefusal(plan);
    return { plan, additions: [...plan.additions, ...(request.also ?? [])] };
  };
  const first = replan(await vault.noteText(request.path));
  if (request.dryRun === true || first.additions.length === 0) return { plan: first.plan, written: [] };
  return vault.applyTrack(request.path, replan);
}
