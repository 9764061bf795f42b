// Keeps the links' <canvas> drawn: at its displayed size × devicePixelRatio (sharp on HiDPI
// screens), in the theme's edge colour (re-read when the colour scheme flips), redrawn in the
// same commit as the SVG marks (a layout effect, so the picture never shows half-updated).
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { drawEdges, type EdgeColors, type EdgeGroup } from './edge-canvas';
import { HEIGHT, WIDTH } from './layout';

const OPACITY = { normal: 0.35, dim: 0.06 };

function readColors(el: Element): EdgeColors {
  return { edge: getComputedStyle(el).getPropertyValue('--edge').trim() || '#5b616b', opacity: OPACITY };
}

export function useEdgeCanvas(canvas: RefObject<HTMLCanvasElement | null>, groups: readonly EdgeGroup[]): void {
  // Displayed width in CSS pixels, followed by a ResizeObserver (reading it while drawing would
  // force a synchronous layout of the page on every filter change).
  const [cssWidth, setCssWidth] = useState(WIDTH);
  const [scheme, setScheme] = useState(0);
  const colors = useRef<EdgeColors | null>(null);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return undefined;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setCssWidth(Math.round(w));
    });
    ro.observe(el);
    const dark = matchMedia('(prefers-color-scheme: dark)');
    const flip = () => {
      colors.current = null;
      setScheme((n) => n + 1);
    };
    dark.addEventListener('change', flip);
    return () => {
      ro.disconnect();
      dark.removeEventListener('change', flip);
    };
  }, []);

  useLayoutEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(cssWidth * dpr));
    const scale = w / WIDTH;
    if (el.width !== w) {
      el.width = w;
      el.height = Math.round(HEIGHT * scale);
    }
    colors.current ??= readColors(el);
    drawEdges(ctx, groups, colors.current, scale);
  }, [groups, cssWidth, scheme]);
}
