import { readFile } from 'node:fs/promises';
import { Refusal } from '../engine/use-cases/refusal';
import type { CalendarFile } from '../engine/use-cases/vault';
import { codeOf, replaceFile } from './safe-write';

/** A calendar file on the file system, anywhere `--output` names, replaced atomically. */
export class OutputFile implements CalendarFile {
  constructor(readonly name: string) {}

  async read(): Promise<string | null> {
    try {
      return await readFile(this.name, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return null;
      throw new Refusal(`'${this.name}' cannot be read (${codeOf(error) || 'error'}); nothing was written`);
    }
  }

  async write(text: string): Promise<void> {
    try {
      await replaceFile(this.name, text);
    } catch (error) {
      throw new Refusal(`'${this.name}' could not be written (${codeOf(error) || 'error'}); check that its folder exists`);
    }
  }
}

