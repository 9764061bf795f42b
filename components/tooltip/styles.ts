// Styles inside the tooltip's shadow root. Page CSS cannot reach in; `:host` and the inline
// !important styles on the host element (host.ts) undo what page CSS does to the host itself.
// px units only: the page's root font size must not scale the tooltip.
import { kindChipRules, kindColorVariables } from '../../lib/figures/kinds-css';

export const TOOLTIP_CSS =
  `
/* Important declarations of the shadow tree's own :host rule beat the page's, even !important
   ones: the host is out of flow, zero-sized and always rendered, whatever the page says. */
:host { all: initial !important; position: fixed !important; left: 0 !important; top: 0 !important;
  width: 0 !important; height: 0 !important; display: block !important; overflow: visible !important;
  z-index: 2147483647 !important; pointer-events: none !important; visibility: visible !important;
  opacity: 1 !important; transform: none !important; contain: style !important; }
.box { position: fixed; box-sizing: border-box; display: block; width: max-content; max-width: 380px; min-width: 220px;
  overflow: auto; pointer-events: auto; margin: 0; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; letter-spacing: normal;
  color: #1f2328; background: #ffffff; border: 1px solid #d0d7de; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  --muted: #59636e; --line: #eaeef2; ${kindColorVariables('light')} --link: #0969da; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.box:focus { outline: 2px solid #ca8a04; outline-offset: 1px; }
/* The theme follows the page around the mark, or the reader's setting (host.ts, theme.ts). */
.box[data-theme="dark"] { color: #e6edf3; background: #161b22; border-color: #3d444d; ` +
  `box-shadow: 0 6px 24px rgba(0,0,0,.5);
    --muted: #9198a1; --line: #2a3038; ${kindColorVariables('dark')} --link: #58a6ff; }
.head { display: flex; gap: 8px; align-items: baseline; margin: 0 0 6px; }
.chip { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; white-space: nowrap; }
${kindChipRules()}
.written { font-weight: 600; font-size: 14px; overflow-wrap: anywhere; }
.reading { padding: 4px 0 6px; }
.reading-words { font-weight: 600; overflow-wrap: anywhere; }
.reading-status { color: var(--muted); font-size: 12px; }
.save-row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 4px; }
.save { font: inherit; font-size: 12px; font-weight: 600; padding: 2px 8px; border: 1px dashed var(--link);
  border-radius: 4px; background: none; color: var(--link); cursor: pointer; }
.save:disabled { opacity: .6; cursor: progress; }
.save:focus-visible { outline: 2px solid #ca8a04; outline-offset: 1px; }
.save-error { font-size: 12px; color: var(--power); }
.line { padding: 3px 0; border-top: 1px solid var(--line); }
.line-main { display: flex; gap: 8px; align-items: baseline; }
.line-main .value { flex: 0 1 auto; }
.line-main .tag { flex: none; }
.label { color: var(--muted); flex: 0 0 96px; }
.value { font-weight: 600; font-variant-numeric: tabular-nums; }
.tag { font-size: 10px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); ` +
  `border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }
.note { color: var(--muted); font-size: 12px; padding-left: 104px; }
.assumptions { font-size: 12px; color: var(--muted); padding-left: 104px; }
.assumptions summary { cursor: pointer; }
.assumptions ul { margin: 2px 0 2px 16px; padding: 0; }
.deals { margin-top: 6px; }
.deals-heading { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; ` +
  `color: var(--muted); margin: 4px 0; }
.deal { padding: 6px 0; border-top: 1px solid var(--line); }
.deal-title { font-weight: 600; }
.deal-meta, .deal-parties, .deal-figures { font-size: 12px; color: var(--muted); }
.deal-figures { color: inherit; }
.status.confirmed { color: var(--money); } .status.rumored { color: var(--power); }
.sources { margin: 2px 0 0 16px; padding: 0; font-size: 12px; }
.sources a { color: var(--link); text-decoration: underline; }
.date { color: var(--muted); }
.explore { display: block; margin: 6px 0 0; padding: 0; border: none; background: none; font: inherit; ` +
  `color: var(--link);
  text-decoration: underline; cursor: pointer; }
.explore:focus-visible { outline: 2px solid #ca8a04; outline-offset: 1px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 6px; }
.actions button { font: inherit; font-size: 12px; padding: 2px 8px; border: 1px solid var(--line); border-radius: 4px;
  background: none; color: var(--link); cursor: pointer; }
.actions button:focus-visible { outline: 2px solid #ca8a04; outline-offset: 1px; }
.copied { font-size: 12px; color: var(--muted); }
.foot { margin-top: 6px; font-size: 11px; color: var(--muted); }
`;
