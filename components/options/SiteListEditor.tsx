import { t } from '../../lib/i18n';
import { useState } from 'preact/hooks';
import { addSite } from '../ui/sites';

interface SiteListEditorProps {
  id: string;
  label: string;
  sites: readonly string[];
  onChange: (sites: string[]) => void;
  /** Why the list matters (or does not) in the current mode. */
  note: string;
}

/** An editable list of hostnames: each with a Remove button, and an input to add one. */
export function SiteListEditor({ id, label, sites, onChange, note }: SiteListEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const next = addSite(sites, draft);
    if (!next) {
      setError(t('optSiteInvalid'));
      return;
    }
    setError(null);
    setDraft('');
    onChange(next);
  };
  return (
    <fieldset class="site-list">
      <legend>{label}</legend>
      <p class="muted">{note}</p>
      {sites.length ? (
        <ul aria-label={label}>
          {sites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button
                type="button"
                class="link"
                aria-label={t('optRemoveSite', s, label)}
                onClick={() => onChange(sites.filter((x) => x !== s))}
              >
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('optNoSites')}</p>
      )}
      <form class="inline" onSubmit={add} noValidate>
        <label for={`${id}-input`} class="visually-hidden">
          {t('optAddSiteTo', label)}
        </label>
        <input
          id={`${id}-input`}
          type="text"
          placeholder="example.com"
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('optAddSite')}</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
