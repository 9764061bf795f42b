// The network's SVG marks: companies (always SVG: focus rings, buttons; their names are a layer
// of their own, drawn over every circle: ./NetworkView.tsx) and the few links
// that need to be elements (those of the focused company, drawn on top, and the hovered one).
// Every other link is drawn on the canvas (./edge-canvas.ts).
import { memo } from 'preact/compat';
import type { CompanyKind } from '../../lib/feed/types';
import type { Segment } from './edge-canvas';

export type Action = 'select' | 'hover' | 'open';
type Act = (what: Action, id: string) => void;

interface EdgeProps {
  seg: Segment;
  focused: boolean;
  hover: boolean;
  label: string;
  act: Act;
}

/** One money-flow arrow (click opens its first deal). The keyboard reaches the focused company's
 *  arrows through its deal list beside the picture (NetworkSide), not through these lines. */
export const EdgeMark = memo(function EdgeMark({ seg, focused, hover, label, act }: EdgeProps) {
  const { key } = seg;
  return (
    <line
      x1={seg.x1}
      y1={seg.y1}
      x2={seg.x2}
      y2={seg.y2}
      stroke-width={seg.width}
      class={`edge${seg.mutual ? ' mutual' : ''}${focused ? ' focused' : ''}${hover ? ' hover' : ''}`}
      marker-end={seg.mutual ? undefined : 'url(#arrow)'}
      onMouseEnter={() => act('hover', key)}
      onClick={(ev) => {
        ev.stopPropagation();
        act('open', key);
      }}
      data-edge={key}
    >
      <title>{label}</title>
    </line>
  );
});

interface NodeProps {
  name: string;
  kind: CompanyKind;
  x: number;
  y: number;
  r: number;
  selected: boolean;
  dim: boolean;
  /** The picture's one tab stop (arrow keys move it). */
  tabStop: boolean;
  label: string;
  act: Act;
}

/** One company: a button (click, Enter or Space focuses it; again clears the focus). */
export const NodeMark = memo(function NodeMark({ name, kind, x, y, r, selected, dim, tabStop, label, act }: NodeProps) {
  return (
    <g
      class={`node k-${kind}${selected ? ' selected' : ''}${dim ? ' dim' : ''}`}
      transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
      tabindex={tabStop ? 0 : -1}
      role="button"
      aria-pressed={selected}
      aria-label={label}
      data-company={name}
      onClick={(ev) => {
        ev.stopPropagation();
        act('select', name);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          act('select', name);
        }
      }}
    >
      <circle r={r}>
        <title>{label}</title>
      </circle>
    </g>
  );
});
