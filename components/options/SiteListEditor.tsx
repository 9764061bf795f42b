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
      setError('Enter a site such as example.com.');
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
                aria-label={`Remove ${s} from ${label.toLowerCase()}`}
                onClick={() => onChange(sites.filter((x) => x !== s))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">None.</p>
      )}
      <form class="inline" onSubmit={add} noValidate>
        <label for={`${id}-input`} class="visually-hidden">
          Add a site to {label.toLowerCase()}
        </label>
        <input
          id={`${id}-input`}
          type="text"
          placeholder="example.com"
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">Add site</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
