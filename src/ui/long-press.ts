import type { MenuAnchor } from './row-menu';

/** How long a finger rests on a row before its menu opens. */
export const LONG_PRESS_MS = 500;
/** How far a finger may move and still be a long press rather than a scroll. */
const LONG_PRESS_SLOP_PX = 10;

/** Calls `press` when a finger rests on `el` for LONG_PRESS_MS without moving; the tap that ends it opens nothing. */
export function addLongPress(el: HTMLElement, press: (at: MenuAnchor) => void): void {
  let timer: number | null = null;
  let start: MenuAnchor | null = null;
  let pressed = false;
  const cancel = () => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    start = null;
  };
  el.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse') return;
    cancel();
    pressed = false;
    const at = { x: event.clientX, y: event.clientY };
    start = at;
    timer = window.setTimeout(() => {
      timer = null;
      pressed = true;
      press(at);
    }, LONG_PRESS_MS);
  });
  el.addEventListener('pointermove', (event) => {
    if (start !== null && Math.hypot(event.clientX - start.x, event.clientY - start.y) > LONG_PRESS_SLOP_PX) cancel();
  });
  for (const type of ['pointerup', 'pointercancel', 'pointerleave']) el.addEventListener(type, cancel);
  el.addEventListener(
    'click',
    (event) => {
      if (!pressed) return;
      pressed = false;
      event.preventDefault();
      event.stopPropagation();
    },
    true,
  );
}
