// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/engine/dates';
import { showSnoozeMenu } from '../../src/ui/snooze-menu';
import { createApp, shownMenus } from '../stubs/obsidian';
import { d } from '../support/follow-up-objects';

function menuTitles(today: string): string[] {
  const chosen: Day[] = [];
  showSnoozeMenu(createApp() as never, new MouseEvent('click', { detail: 1 }), d(today), 'Thank Pat Jones', (day) => chosen.push(day));
  return shownMenus.at(-1)?.items.map((i) => i.title) ?? [];
}

describe('the snooze menu', () => {
  it('names each day, with its year when that is next year', () => {
    expect(menuTitles('2026-12-28')).toEqual([
      'Tomorrow (Tuesday, December 29)',
      'Next Monday (Monday, January 4, 2027)',
      'In a week (Monday, January 4, 2027)',
      'Pick a date…',
    ]);
    expect(menuTitles('2026-11-24')).toEqual(['Tomorrow (Wednesday, November 25)', 'Next Monday (Monday, November 30)', 'In a week (Tuesday, December 1)', 'Pick a date…']);
  });
});
