/** A few Lucide icons the plugin uses, as Obsidian draws them (the rest as a plain circle). */
const ICONS: Record<string, Array<[string, Record<string, string>]>> = {
  'more-horizontal': [['circle', { cx: '12', cy: '12', r: '1' }], ['circle', { cx: '19', cy: '12', r: '1' }], ['circle', { cx: '5', cy: '12', r: '1' }]],
  check: [['path', { d: 'M20 6 9 17l-5-5' }]],
  pencil: [['path', { d: 'M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z' }], ['path', { d: 'm15 5 4 4' }]],
  copy: [['rect', { width: '14', height: '14', x: '8', y: '8', rx: '2' }], ['path', { d: 'M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2' }]],
  mail: [['rect', { width: '20', height: '16', x: '2', y: '4', rx: '2' }], ['path', { d: 'm22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7' }]],
  'alarm-clock': [['circle', { cx: '12', cy: '13', r: '8' }], ['path', { d: 'M12 9v4l2 2' }], ['path', { d: 'M5 3 2 6' }], ['path', { d: 'm22 6-3-3' }]],
  'file-text': [['path', { d: 'M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z' }], ['path', { d: 'M14 2v4a2 2 0 0 0 2 2h4' }], ['path', { d: 'M16 13H8' }], ['path', { d: 'M16 17H8' }]],
  calendar: [['rect', { width: '18', height: '18', x: '3', y: '4', rx: '2' }], ['path', { d: 'M16 2v4' }], ['path', { d: 'M8 2v4' }], ['path', { d: 'M3 10h18' }]],
};

/** Obsidian's setIcon: replaces the element's icon with an `svg.svg-icon`. */
export function setIcon(el: HTMLElement, icon: string): void {
  el.dataset.icon = icon;
  el.querySelector(':scope > svg.svg-icon')?.remove();
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [k, v] of Object.entries({ class: `svg-icon lucide-${icon}`, viewBox: '0 0 24 24', width: '24', height: '24', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true' })) {
    svg.setAttribute(k, v);
  }
  for (const [tag, attrs] of ICONS[icon] ?? [['circle', { cx: '12', cy: '12', r: '8' }]]) {
    const part = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) part.setAttribute(k, v);
    svg.appendChild(part);
  }
  el.appendChild(svg);
}
