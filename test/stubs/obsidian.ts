/**
 * A small stand-in for the `obsidian` package (which ships types only).
 * Rule: add only what the plugin uses, and make it behave as Obsidian does
 * where the plugin depends on it.
 */
export class Plugin {
  constructor(
    readonly app: unknown,
    readonly manifest: unknown,
  ) {}
  onload(): Promise<void> | void {}
  onunload(): void {}
}
