// One tab stop for a picture of many marks (companies, timeline bars): Tab enters on one mark and
// leaves at once; the arrow keys, Home and End move between marks in the given order (the
// WAI-ARIA "roving tabindex"). Marks carry their id in `data-${attr}`.
import { useState } from 'preact/hooks';
import { tabKeyTarget } from './tabs';

export function useRoving(ids: readonly string[], preferred: string, attr: string) {
  const [cursor, setCursor] = useState('');
  const tabStop = [cursor, preferred].find((c) => c && ids.includes(c)) ?? ids[0];
  const onKeyDown = (ev: KeyboardEvent) => {
    const mark = (ev.target as Element).closest?.(`[data-${attr}]`);
    const at = mark ? ids.indexOf(mark.getAttribute(`data-${attr}`) ?? '') : -1;
    const next = at < 0 ? null : tabKeyTarget(ev.key, at, ids.length);
    if (next === null) return;
    ev.preventDefault();
    setCursor(ids[next]);
    (ev.currentTarget as Element).querySelector<SVGElement>(`[data-${attr}="${CSS.escape(ids[next])}"]`)?.focus();
  };
  return { tabStop, onKeyDown };
}
