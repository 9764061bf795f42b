// The explorer's address: `explore.html#company=xAI`, `#deal=ID`, optionally `&view=table`.
// The hash is the state that survives reload and can be linked to; everything else is local.
export type View = 'network' | 'timeline' | 'table';
const VIEWS: View[] = ['network', 'timeline', 'table'];

export interface ExploreLocation {
  view: View;
  company: string;
  deal: string;
}

export function parseHash(hash: string): ExploreLocation {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const view = q.get('view') as View | null;
  return {
    view: view && VIEWS.includes(view) ? view : 'network',
    company: q.get('company') ?? '',
    deal: q.get('deal') ?? '',
  };
}

export function formatHash(loc: ExploreLocation): string {
  const q = new URLSearchParams();
  if (loc.company) q.set('company', loc.company);
  if (loc.deal) q.set('deal', loc.deal);
  if (loc.view !== 'network') q.set('view', loc.view);
  // URLSearchParams writes spaces as '+'; %20 reads the same and is what people type and share.
  return `#${q.toString().replace(/\+/g, '%20')}`;
}
