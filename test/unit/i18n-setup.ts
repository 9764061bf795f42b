// Unit tests run without the browser's i18n API (fakeBrowser has none): the interface's words come
// from the English messages file, as an English browser would show them.
import english from '../../public/_locales/en/messages.json';
import { useMessages } from '../../lib/i18n';

useMessages(english);
