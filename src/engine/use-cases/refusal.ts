/**
 * A use case that cannot be carried out as asked: one plain sentence saying
 * why, for a person to act on. Nothing was written.
 */
export class Refusal extends Error {
  override name = 'Refusal';
}
