import type { MentionType } from '../../lib/extract/types';
import { formatMoney } from '../../lib/figures/format';
import { FIGURE_KINDS } from '../../lib/figures/kinds';
import * as settings from '../../lib/settings';
import type { DisplaySettings } from '../../lib/settings';
import { Section } from '../ui/Section';
import { useStorageItem } from '../ui/useStorageItem';

const CURRENCIES: DisplaySettings['currency'][] = ['USD', 'EUR', 'GBP', 'JPY'];
const TYPES: [MentionType, string][] = FIGURE_KINDS.map((k) => [k.type, k.label]);

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
    <Section title="Display" id="display">
      <div class="field">
        <label for="currency">Show normalized figures in</label>
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
        <span class="muted">Converted with the feed’s dated exchange rates.</span>
      </div>
      <fieldset class="choices">
        <legend>Numbers</legend>
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
              {style === 'compact' ? 'Compact' : 'Full'}{' '}
              <span class="muted">({formatMoney(15e9, 'USD', { style })})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>Mark these on pages</legend>
        {TYPES.map(([type, label]) => (
          <label key={type} class="choice">
            <input
              type="checkbox"
              checked={display.types[type]}
              onChange={(e) =>
                update({ types: { ...display.types, [type]: (e.currentTarget as HTMLInputElement).checked } })
              }
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="tooltip-theme">Tooltip colours</label>
        <select
          id="tooltip-theme"
          value={display.tooltipTheme ?? 'auto'}
          onChange={(e) => update({ tooltipTheme: (e.currentTarget as HTMLSelectElement).value as 'auto' })}
        >
          <option value="auto">Automatic (follow the page)</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
      <div class="field">
        <label for="hover-delay">Hover delay before a tooltip opens (ms)</label>
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
        <span>Open tooltips only while a modifier key (Alt / Option) is held</span>
      </label>
    </Section>
  );
}
