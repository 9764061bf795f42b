// What the annotator asks of the background: the extractor (dictionary fetched once, only after
// the prefilter found something) and the one batched lookup per scan.
import { createExtractor, type Extractor } from '../extract';
import type { Mention } from '../extract/types';
import { FX_REFERENCE } from '../feed/fx-reference';
import type { Company } from '../feed/types';
import { sendToBackground, type LookupResult } from '../messages';
import { expandLookup, planLookup, type LookupPlan } from './scan';

let extractorPromise: Promise<Extractor> | null = null;

/** The extractor with the merged company dictionary, fetched once per page. A background still
 *  seeding its cache gets two more tries. */
export function loadExtractor(prefetched?: Promise<Company[]>): Promise<Extractor> {
  const attempt = async (): Promise<Extractor> => {
    const waits = [0, 500, 2000];
    for (let i = 0; ; i++) {
      if (waits[i]) await new Promise((r) => setTimeout(r, waits[i]));
      try {
        const companies =
          i === 0 && prefetched ? await prefetched : (await sendToBackground({ type: 'companies' })).companies;
        return createExtractor({ companies });
      } catch (e) {
        if (i === waits.length - 1) throw e;
      }
    }
  };
  extractorPromise ??= attempt();
  extractorPromise.catch(() => {
    extractorPromise = null;
  });
  return extractorPromise;
}

/** One lookup for the page's mentions, within the request limits, answers spread back over
 *  repeated figures. */
export async function lookupMentions(
  mentions: readonly Mention[],
  plan: LookupPlan = planLookup(mentions, FX_REFERENCE),
): Promise<LookupResult> {
  const result = await sendToBackground({ type: 'lookup', companies: plan.companies, figures: plan.figures });
  return expandLookup(result, plan);
}

/** Opens the explorer on a company, in a new tab (asked of the background: a web page cannot
 *  link to an extension page that is not web-accessible, and should not be able to). */
export function openExplorer(company: string): void {
  sendToBackground({ type: 'open-explorer', company }).catch((e: unknown) =>
    console.debug('[DealLens] could not open the explorer', e),
  );
}
