// The bundled feed is a build product of the repository's own sources: the same sources give the same
// bytes, and the committed data/feed.json is what they give today (a forgotten rebuild fails here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FEED, buildFeed } from './feed-files';

describe('the bundled feed', () => {
  const first = buildFeed();
  it('builds from data/sources and validates', () => {
    expect(first.ok).toBe(true);
    if (first.ok) expect(first.feed.deals.length).toBeGreaterThanOrEqual(155);
  });
  it('builds byte for byte the same twice', () => {
    const second = buildFeed();
    expect(first.ok && second.ok && second.text === first.text).toBe(true);
  });
  it('is committed as built: run `npm run build:feed` after editing data/sources', () => {
    expect(first.ok && readFileSync(BUNDLED_FEED, 'utf8') === first.text).toBe(true);
  });
});
