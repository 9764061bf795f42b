// The counterparty the rules cannot name: a deal between a known company and one the extractor has
// never heard of ("signed with Stratavault to lease…", "awarded … by Marlow Health"). compromise
// tags proper nouns; one standing in a counterparty slot (after "by", "with", "from", "to" or "and",
// with at most a few lowercase descriptor words between: "with geothermal developer Sable Deep")
// becomes the party the reading lacks, in the role opposite the one it has. Places, people and
// dates are not parties, and a name that overlaps a mention is left to the rules.
import type { ArticleDoc } from '../extract/document';
import { DESCRIPTOR_NOUNS } from './parties';
import type { DealParty, DealReading, PartyRole } from './types';

type Nlp = typeof import('compromise').default;

const OPPOSITE: Partial<Record<PartyRole, PartyRole>> = {
  buyer: 'seller',
  seller: 'buyer',
  investor: 'investee',
  investee: 'investor',
  acquirer: 'target',
  target: 'acquirer',
  partner: 'partner',
};

/** The slot word and up to three lowercase descriptor words ("from developer", "with geothermal developer"). */
const SLOT_BEFORE = /\b(?:by|with|from|to|and)(?:\s+[a-z][a-z-]*){0,3}\s+$/;
const NOT_DESCRIPTOR = /\s(?:by|with|from|to|and|that|which|who|is|are|was|were|will|has|have|had)\s/;
const MAX_NAME_WORDS = 4;

/** Proper-noun chunks of a sentence that compromise does not take for a place, a person or a date. */
function properNames(nlp: Nlp, sentence: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  const chunks = nlp(sentence).match('#ProperNoun+').not('(#Place|#Person|#Date|#Month|#WeekDay)');
  let from = 0;
  for (const raw of chunks.out('array') as string[]) {
    const text = raw.replace(/[.,;:!?'’"”)]+$/, '').replace(/['’]s$/, '');
    const start = sentence.indexOf(text, from);
    if (start < 0 || text.split(/\s+/).length > MAX_NAME_WORDS || !/^[A-Z]/.test(text)) continue;
    found.push({ text, start });
    from = start + text.length;
  }
  return found;
}

/** "Texas developer Foo", "Saudi fund Foo": a proper noun that only modifies the name after it (lowercase
 *  words ending in a noun that says what a company is, then a capital) is not a party itself. */
const DESCRIBED_NEXT = /^\s+((?:[a-z][a-z-]*\s+){1,3})[A-Z]/;
function modifiesNext(after: string): boolean {
  const words = DESCRIBED_NEXT.exec(after)?.[1].trim().split(/\s+/);
  return !!words && DESCRIPTOR_NOUNS.has(words[words.length - 1]);
}

function inSlot(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  const slot = SLOT_BEFORE.exec(before);
  return !!slot && !NOT_DESCRIPTOR.test(` ${slot[0].trim().split(/\s+/).slice(1).join(' ')} `);
}

function overlapsMention(doc: ArticleDoc, start: number, end: number): boolean {
  return doc.mentions.some((m) => m.start < end && m.end > start);
}

/** The party a one-party reading lacks, when its sentence names exactly one in a counterparty slot. */
export function missingParty(nlp: Nlp, doc: ArticleDoc, reading: DealReading): DealParty | null {
  if (reading.kind === 'capex' || reading.parties.length !== 1) return null;
  const role = OPPOSITE[reading.parties[0].role];
  if (!role) return null;
  const { text: sentence, start: offset } = reading.evidence;
  const have = reading.parties[0].name.toLowerCase();
  const candidates = properNames(nlp, sentence).filter(
    (n) =>
      inSlot(sentence, n.start) &&
      !modifiesNext(sentence.slice(n.start + n.text.length, n.start + n.text.length + 60)) &&
      !have.startsWith(n.text.toLowerCase()) &&
      !overlapsMention(doc, offset + n.start, offset + n.start + n.text.length),
  );
  return candidates.length === 1 ? { name: candidates[0].text, role, mentionIds: [] } : null;
}
