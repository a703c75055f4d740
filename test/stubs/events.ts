export interface EventRef {
  source: Events;
  name: string;
  callback: (...args: unknown[]) => unknown;
}

/** Obsidian's event emitter: on/off/offref/trigger. */
export class Events {
  private handlers = new Map<string, EventRef[]>();

  on(name: string, callback: (...args: never[]) => unknown, _ctx?: unknown): EventRef {
    const ref: EventRef = { source: this, name, callback: callback as (...args: unknown[]) => unknown };
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
    return ref;
  }

  off(name: string, callback: (...args: never[]) => unknown): void {
    this.handlers.set(name, (this.handlers.get(name) ?? []).filter((r) => r.callback !== callback));
  }

  offref(ref: EventRef): void {
    this.handlers.set(ref.name, (this.handlers.get(ref.name) ?? []).filter((r) => r !== ref));
  }

  trigger(name: string, ...args: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) ref.callback(...args);
  }

  /** How many listeners are registered (tests check that unload releases them). */
  listenerCount(name?: string): number {
    if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
    let n = 0;
    for (const refs of this.handlers.values()) n += refs.length;
    return n;
  }
}
