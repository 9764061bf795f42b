import { t } from '../../lib/i18n';
import { useState } from 'preact/hooks';
import { checkFeedUrl, FEED_URL_ERRORS } from '../../lib/sync/feed-url';

interface AddFeedFormProps {
  /** Asks for the host permission; must run first, inside the click (browsers require a gesture). */
  requestPermission: (pattern: string) => Promise<boolean>;
  /** Null when added, else why not. */
  addFeed: (url: string) => Promise<string | null>;
  disabled: boolean;
}

/** "Feed URL" + "Add feed": validates the address, asks for access to that host, then adds it. */
export function AddFeedForm({ requestPermission, addFeed, disabled }: AddFeedFormProps) {
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'ok' } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const check = checkFeedUrl(url);
    if (!check.ok) {
      setMessage({ text: FEED_URL_ERRORS[check.code], tone: 'error' });
      return;
    }
    const granted = await requestPermission(check.permission).catch(() => false);
    if (!granted) {
      setMessage({ text: t('optNeedsPermission', check.origin), tone: 'error' });
      return;
    }
    setMessage(null);
    const error = await addFeed(check.url);
    if (error) {
      setMessage({ text: t('optFeedNotAdded', error), tone: 'error' });
      return;
    }
    setUrl('');
    setMessage({ text: t('optFeedAdded'), tone: 'ok' });
  };

  return (
    <form class="add-feed" onSubmit={submit} noValidate>
      <label for="feed-url">{t('optFeedUrl')}</label>
      <div class="inline">
        <input
          id="feed-url"
          type="url"
          inputMode="url"
          placeholder="https://example.org/deallens-feed.json"
          value={url}
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          aria-describedby="feed-url-help feed-url-message"
        />
        <button type="submit" class="primary" disabled={disabled}>
          {t('optAddFeed')}
        </button>
      </div>
      <p id="feed-url-help" class="muted">
        {t('optFeedUrlHelp')}
      </p>
      <p id="feed-url-message" class={message?.tone ?? ''} role={message?.tone === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}
