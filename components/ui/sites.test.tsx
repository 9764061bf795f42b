import { describe, expect, it } from 'vitest';
import { addSite, siteIsOn, siteKey, switchSite } from './sites';

describe('siteKey', () => {
  it('reduces typed text or URLs to a hostname without www', () => {
    expect(siteKey('https://www.Example.com/news/a?b=1')).toBe('example.com');
    expect(siteKey('news.example.co.uk')).toBe('news.example.co.uk');
    expect(siteKey('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(siteKey('   ')).toBeNull();
    expect(siteKey('chrome://extensions')).toBeNull();
    expect(siteKey('not a host')).toBeNull();
  });
});

describe('switchSite', () => {
  it('in "all" mode switches a site off and back on through the off list', () => {
    const off = switchSite('www.example.com', false, { mode: 'all', disabled: ['other.org'], enabled: [] });
    expect(off.disabled).toEqual(['other.org', 'example.com']);
    expect(siteIsOn('www.example.com', { mode: 'all', ...off })).toBe(false);
    const on = switchSite('www.example.com', true, { mode: 'all', ...off });
    expect(on.disabled).toEqual(['other.org']);
    expect(siteIsOn('www.example.com', { mode: 'all', ...on })).toBe(true);
  });

  it('switching on removes a parent-domain entry that would keep the site off', () => {
    const on = switchSite('news.example.com', true, { mode: 'all', disabled: ['example.com'], enabled: [] });
    expect(on.disabled).toEqual([]);
  });

  it('in "listed" mode uses the on list and leaves the off list alone', () => {
    const lists = { mode: 'listed' as const, disabled: ['x.org'], enabled: [] };
    const on = switchSite('example.com', true, lists);
    expect(on).toEqual({ disabled: ['x.org'], enabled: ['example.com'] });
    expect(siteIsOn('example.com', { mode: 'listed', ...on })).toBe(true);
    expect(switchSite('example.com', false, { mode: 'listed', ...on }).enabled).toEqual([]);
  });

  it('changes nothing in "on-click" mode', () => {
    const lists = { mode: 'on-click' as const, disabled: ['a.com'], enabled: ['b.com'] };
    expect(switchSite('a.com', true, lists)).toEqual({ disabled: ['a.com'], enabled: ['b.com'] });
  });
});

describe('addSite', () => {
  it('normalizes, deduplicates and sorts; refuses junk', () => {
    expect(addSite(['b.com'], 'https://www.a.com/x')).toEqual(['a.com', 'b.com']);
    expect(addSite(['a.com'], 'A.com')).toEqual(['a.com']);
    expect(addSite([], 'http://')).toBeNull();
  });
});
