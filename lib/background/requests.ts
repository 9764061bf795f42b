// Shape checks for requests. Only our own content scripts and pages can message the background,
// but the content script relays what it read from a page, so sizes are bounded and types checked
// before anything reaches a query. Throws a readable error.
import type { BackgroundRequest } from '../messages';

const MAX_COMPANIES = 200;
const MAX_FIGURES = 500;
const MAX_IMPORT_CHARS = 32 * 1024 * 1024;
/** A hostname (letters, digits, dots, hyphens; an IPv6 literal in brackets): no path, no query. */
const HOSTNAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])$/i;

const isNum = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

export function checkRequest(req: BackgroundRequest): void {
  const bad = (why: string): never => {
    throw new Error(`Bad "${req.type}" request: ${why}`);
  };
  switch (req.type) {
    case 'lookup':
      if (
        !Array.isArray(req.companies) ||
        req.companies.length > MAX_COMPANIES ||
        !req.companies.every((c) => typeof c === 'string')
      ) {
        bad(`companies must be at most ${MAX_COMPANIES} strings`);
      }
      if (!Array.isArray(req.figures) || req.figures.length > MAX_FIGURES)
        bad(`figures must be at most ${MAX_FIGURES} items`);
      for (const f of req.figures) {
        if (typeof f !== 'object' || f === null || !Number.isInteger(f.index))
          bad('each figure needs an integer index');
        if (![f.usd, f.usdPerYear, f.usdTotal, f.gpuCount, f.watts].every(isNum))
          bad('figure values must be finite numbers');
      }
      return;
    case 'import-feed':
      if (typeof req.text !== 'string') bad('text must be a string');
      if (req.text.length > MAX_IMPORT_CHARS) bad('the file is too large');
      return;
    case 'add-feed':
    case 'remove-feed':
      if (typeof req.url !== 'string') bad('url must be a string');
      return;
    case 'set-feed-enabled':
      if (typeof req.url !== 'string' || typeof req.enabled !== 'boolean')
        bad('url must be a string and enabled a boolean');
      return;
    case 'record-trail':
      if (typeof req.host !== 'string' || req.host.length > 253 || !HOSTNAME.test(req.host))
        bad('host must be a hostname');
      if (
        !Array.isArray(req.dealIds) ||
        req.dealIds.length > MAX_COMPANIES ||
        !req.dealIds.every((id) => typeof id === 'string' && id.length <= 200)
      ) {
        bad(`dealIds must be at most ${MAX_COMPANIES} strings`);
      }
      return;
    case 'open-explorer':
      if (typeof req.company !== 'string' || req.company.length > 200)
        bad('company must be a string of at most 200 characters');
      return;
    default:
      return;
  }
}
