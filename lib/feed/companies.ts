// Company list merging: the research's companies plus the project's curated layer (data/companies-extra.json),
// one company per alias, descriptions dropped. Pure.
import type { Company } from './types';

/** Nouns that make an alias a description ("ChatGPT maker", "U.S. government") rather than a name. */
const DESCRIBING_NOUNS = new Set([
  'maker',
  'makers',
  'owner',
  'parent',
  'developer',
  'creator',
  'company',
  'firm',
  'government',
  'operator',
  'giant',
  'startup',
]);

/** An alias must be a name, not a description: "ChatGPT maker" is how a story refers to OpenAI, but
 *  marking it would mark a product's description. Lower-case brands stay ("SK hynix", "stc"). */
export function isNameLike(alias: string): boolean {
  const words = alias.trim().split(/\s+/);
  return words.length < 2 || !DESCRIBING_NOUNS.has(words[words.length - 1]);
}

/** Companies from `extra` (already camelCase: data/companies-extra.json, the project's curated
 *  layer over the shared data) merge by name: aliases are unioned, a new company is appended, and
 *  the shared record's other facts win. An extra company takes over the names it lists, so that
 *  "Alphabet" and "Google DeepMind" can name separately branded firms as the labeling rules want
 *  rather than stay Google's aliases; every alias still names exactly one company. Aliases that are
 *  descriptions rather than names are dropped. `notes` says what moved or was dropped. */
export function mergeCompanies(base: Company[], extra: Company[], notes: string[] = []): Company[] {
  const byName = new Map(base.map((c) => [c.name, { ...c, aliases: [...c.aliases] }]));
  const owner = new Map<string, string>();
  for (const c of byName.values()) for (const a of [c.name, ...c.aliases]) if (!owner.has(a)) owner.set(a, c.name);
  for (const e of extra) {
    const aliases = [...new Set([e.name, ...e.aliases])];
    for (const a of aliases) {
      const o = owner.get(a);
      if (o && o !== e.name) {
        const previous = byName.get(o);
        if (previous) previous.aliases = previous.aliases.filter((x) => x !== a);
        notes.push(`moved alias ${JSON.stringify(a)} from ${JSON.stringify(o)} to ${JSON.stringify(e.name)}`);
      }
      owner.set(a, e.name);
    }
    const have = byName.get(e.name);
    if (!have) byName.set(e.name, { ...e, aliases });
    else have.aliases = [...new Set([...have.aliases, ...aliases])];
  }
  for (const c of byName.values()) {
    const names = c.aliases.filter(isNameLike);
    for (const a of c.aliases)
      if (!names.includes(a))
        notes.push(`dropped alias ${JSON.stringify(a)} of ${JSON.stringify(c.name)}: a description, not a name`);
    c.aliases = names;
  }
  return [...byName.values()];
}
