import { useState } from 'preact/hooks';
import { DealCard } from '../DealCard';
import { FigureLine } from '../FigureLine';
import { copyFigure, copySentence } from './copy';
import { SaveButton } from './SaveButton';
import type { TooltipModel } from './model';
import { plural, t, type MessageKey } from '../../lib/i18n';

/** Lines shown before "More": the kind's essentials (a figure's value, yearly value and standing;
 *  a company's kind, deal count and total). */
const ESSENTIAL_LINES = 3;

interface TooltipActions {
  onExplore?: (company: string) => void;
  /** Writes text to the clipboard; resolves false when the browser refused. */
  copy?: (text: string) => Promise<boolean>;
  pageUrl?: string;
  /** Called after the box changed size (More opened or closed), to place it again. */
  onResize?: () => void;
  /** Saves the reading shown to My deals (the page re-shows the tooltip once it is saved). */
  onSave?: () => Promise<unknown>;
}

/** The tooltip box's content. The box itself (role="tooltip", position) belongs to host.ts.
 *  Essentials first; the rest behind a real disclosure button. Only the reader's own clicks act
 *  (a page script cannot reach into the closed shadow root, and untrusted clicks are ignored). */
export function Tooltip({
  model,
  numbers,
  onExplore,
  copy,
  pageUrl = '',
  onResize,
  onSave,
}: { model: TooltipModel; numbers: 'compact' | 'full' } & TooltipActions) {
  const [more, setMore] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const essentialDeals = model.type === 'company' ? 0 : 1;
  const extraLines = model.lines.slice(ESSENTIAL_LINES);
  const extraDeals = model.deals.slice(essentialDeals);
  const hasMore = extraLines.length > 0 || extraDeals.length > 0 || (model.type === 'company' && !!onExplore);
  const shownDeals = more ? model.deals : model.deals.slice(0, essentialDeals);
  const figure = copyFigure(model);
  const trusted = (e: Event) => e.isTrusted;
  const doCopy = async (e: Event, text: string, done: MessageKey) => {
    if (!trusted(e) || !copy) return;
    setCopied(t((await copy(text)) ? done : 'tipCopyFailed'));
  };
  const toggle = (e: Event) => {
    if (!trusted(e)) return;
    setMore(!more);
    setTimeout(() => onResize?.(), 0);
  };
  return (
    <div class={`card ${model.type}`}>
      <div class="head">
        <span class="chip">{model.type === 'company' ? t('kindCompanyHeading') : model.heading}</span>
        <span class="written">{model.type === 'company' ? model.heading : `“${model.asWritten}”`}</span>
      </div>
      {model.reading && (
        <div class="reading" data-reading="">
          <div class="reading-words">{model.reading.words}</div>
          <div class="reading-status">{model.reading.status}</div>
          {model.reading.canSave && onSave && <SaveButton onSave={onSave} />}
        </div>
      )}
      {model.lines.slice(0, ESSENTIAL_LINES).map((l) => (
        <FigureLine key={l.label} line={l} />
      ))}
      <div class="more" id="deallens-more" hidden={!more}>
        {extraLines.map((l) => (
          <FigureLine key={l.label} line={l} />
        ))}
        {model.type === 'company' && onExplore && (
          <button type="button" class="explore" onClick={(e) => trusted(e) && onExplore(model.heading)}>
            {t('tipAllDeals', model.heading)}
          </button>
        )}
      </div>
      {shownDeals.length > 0 && (
        <div class="deals">
          {model.dealsHeading && <div class="deals-heading">{model.dealsHeading}</div>}
          {shownDeals.map((d) => (
            <DealCard key={d.id} deal={d} numbers={numbers} />
          ))}
        </div>
      )}
      <div class="actions">
        {hasMore && (
          <button type="button" class="more-toggle" aria-expanded={more} aria-controls="deallens-more" onClick={toggle}>
            {more ? t('tipLess') : extraDeals.length ? plural('tipMoreDeals', extraDeals.length) : t('tipMore')}
          </button>
        )}
        {copy && figure && (
          <button type="button" class="copy" data-copy="figure" onClick={(e) => doCopy(e, figure, 'tipFigureCopied')}>
            {t('tipCopyFigure')}
          </button>
        )}
        {copy && (
          <button
            type="button"
            class="copy"
            data-copy="reading"
            onClick={(e) => doCopy(e, copySentence(model, pageUrl), 'tipReadingCopied')}
          >
            {t('tipCopyReading')}
          </button>
        )}
        <span class="copied" role="status">
          {copied}
        </span>
      </div>
      <div class="foot">{t('tipFoot')}</div>
    </div>
  );
}
