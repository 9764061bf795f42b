// The explorer's address as state: read from location.hash, followed on hashchange (back,
// forward, an edited address), written back as a new history entry.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatHash, parseHash, type ExploreLocation } from './hash';

export function useHashLocation(): [ExploreLocation, (change: Partial<ExploreLocation>) => void] {
  const [loc, setLoc] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const follow = () => setLoc(parseHash(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const update = useCallback((change: Partial<ExploreLocation>) => {
    const next = { ...parseHash(location.hash), ...change };
    const hash = formatHash(next);
    if (hash !== location.hash && !(hash === '#' && !location.hash)) location.hash = hash;
    setLoc(next);
  }, []);
  return [loc, update];
}
