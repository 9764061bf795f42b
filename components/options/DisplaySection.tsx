import type { MentionType } from '../../lib/extract/types';
import { formatMoney } from '../../lib/figures/format';
import { FIGURE_KINDS, figureKind } from '../../lib/figures/kinds';
import * as settings from '../../lib/settings';
import type { DisplaySettings } from '../../lib/settings';
import { Section } from '../ui/Section';
import { useStorageItem } from '../ui/useStorageItem';
import { t } from '../../lib/i18n';

const CURRENCIES: DisplaySettings['currency'][] = ['USD', 'EUR', 'GBP', 'JPY'];
const TYPES: MentionType[] = FIGURE_KINDS.map((k) => k.type);

/** How figures look: currency, number style, what is marked, and when tooltips open. */
export function DisplaySection() {
  const [stored, setDisplay] = useStorageItem(settings.display);
  // Settings saved by an older version may lack newer keys: fill them from the defaults.
  const display = {
    ...settings.DEFAULT_DISPLAY,
    ...stored,
    types: { ...settings.DEFAULT_DISPLAY.types, ...stored?.types },
  };
  const update = (patch: Partial<DisplaySettings>) => void setDisplay({ ...display, ...patch });
  return (
    <Section title={t('optDisplay')} id="display">
      <div class="field">
        <label for="currency">{t('optCurrency')}</label>
        <select
          id="currency"
          value={display.currency}
          onChange={(e) =>
            update({ currency: (e.currentTarget as HTMLSelectElement).value as DisplaySettings['currency'] })
          }
        >
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <span class="muted">{t('optCurrencyHelp')}</span>
      </div>
      <fieldset class="choices">
        <legend>{t('optNumbers')}</legend>
        {(['compact', 'full'] as const).map((style) => (
          <label key={style} class="choice">
            <input
              type="radio"
              name="numbers"
              value={style}
              checked={display.numbers === style}
              onChange={() => update({ numbers: style })}
            />
            <span>
              {t(style === 'compact' ? 'optCompact' : 'optFull')}{' '}
              <span class="muted">({formatMoney(15e9, 'USD', { style })})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>{t('optMarkThese')}</legend>
        {TYPES.map((type) => (
          <label key={type} class="choice">
            <input
              type="checkbox"
              checked={display.types[type]}
              onChange={(e) =>
                update({ types: { ...display.types, [type]: (e.currentTarget as HTMLInputElement).checked } })
              }
            />
            <span>{figureKind(type).label}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="tooltip-theme">{t('optTooltipTheme')}</label>
        <select
          id="tooltip-theme"
          value={display.tooltipTheme ?? 'auto'}
          onChange={(e) => update({ tooltipTheme: (e.currentTarget as HTMLSelectElement).value as 'auto' })}
        >
          <option value="auto">{t('optThemeAuto')}</option>
          <option value="light">{t('optThemeLight')}</option>
          <option value="dark">{t('optThemeDark')}</option>
        </select>
      </div>
      <div class="field">
        <label for="hover-delay">{t('optHoverDelay')}</label>
        <input
          id="hover-delay"
          type="number"
          min={0}
          max={2000}
          step={50}
          value={display.hoverDelayMs}
          onChange={(e) => {
            const ms = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isFinite(ms)) update({ hoverDelayMs: Math.min(2000, Math.max(0, Math.round(ms))) });
          }}
        />
      </div>
      <label class="choice">
        <input
          type="checkbox"
          checked={display.requireModifier}
          onChange={(e) => update({ requireModifier: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t('optRequireModifier')}</span>
      </label>
    </Section>
  );
}
