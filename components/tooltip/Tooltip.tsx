import { DealCard } from '../DealCard';
import { FigureLine } from '../FigureLine';
import type { TooltipModel } from './model';

/** The tooltip box's content. The box itself (role="tooltip", position) belongs to host.ts. */
export function Tooltip({
  model,
  numbers,
  onExplore,
}: {
  model: TooltipModel;
  numbers: 'compact' | 'full';
  onExplore?: (company: string) => void;
}) {
  return (
    <div class={`card ${model.type}`}>
      <div class="head">
        <span class="chip">{model.type === 'company' ? 'Company' : model.heading}</span>
        <span class="written">{model.type === 'company' ? model.heading : `“${model.asWritten}”`}</span>
      </div>
      {model.lines.map((l) => (
        <FigureLine key={l.label} line={l} />
      ))}
      {model.type === 'company' && onExplore && (
        <button type="button" class="explore" onClick={() => onExplore(model.heading)}>
          All deals of {model.heading} →
        </button>
      )}
      {model.deals.length > 0 && (
        <div class="deals">
          {model.dealsHeading && <div class="deals-heading">{model.dealsHeading}</div>}
          {model.deals.map((d) => (
            <DealCard key={d.id} deal={d} numbers={numbers} />
          ))}
        </div>
      )}
      <div class="foot">DealLens · Esc to close · Alt+Shift+L next figure</div>
    </div>
  );
}
