// Who stands where around a clause's cue: the subjects before it (or the company a back reference
// points to) and the objects after it, with names the dictionary lacks taken from the slots the cue opens.
import type { Clause } from './clauses';
import type { CueClass } from './cues';
import { nearestGroup, type CueHit } from './find-cue';
import type { Company, Placed } from './parties';
import { passiveBefore } from './roles';
import { nameAfterCue, nameBeforeCue, type Aliases } from './slot-names';
import { unitNamedAfter } from './sold-unit';

/** Words before a cue that refer back to a company named earlier ("its", "the company"). */
const BACK_REFERENCES = new Set(['its', 'it', 'company', 'startup', 'firm', 'which', 'who', 'itself']);
/** Cues whose slots may hold a name the dictionary lacks ("bought Infinera", "sold to Appen"). */
const SLOT_CUES = new Set(['buy', 'sell', 'invest']);

/** Each cue's counterparty prepositions; a round names its backers anywhere after it ("with Foo expected to lead"). */
const KEY_PREPS: Partial<Record<CueClass, RegExp>> = {
  buy: /^(from|on|through)$/,
  win: /^(to|from)$/,
  supply: /^to$/,
  sell: /^to$/,
  agree: /^(with|on)$/,
  round: /^(by|with|including|from)$/,
};

const BACKER_BEFORE = new Set(['and', ',', 'backer', 'backers', 'investor', 'investors', 'shareholder']);

interface Slots {
  subjects: Placed[];
  objects: Placed[];
}

export function slotsOf(
  clause: Clause,
  words: string[],
  hit: CueHit,
  placed: Placed[],
  antecedents: Placed[],
  plural: Placed[],
  aliases: Aliases,
): Slots {
  let subjects = nearestGroup(
    clause,
    placed.filter((p) => p.at < hit.at && p.prep === ''),
  );
  // "$4.8bn worth of Foo Cloud capacity will be bought by Bar": the passive subject sits behind "of".
  if (!subjects.length && passiveBefore(words, hit.at))
    subjects = placed.filter((p) => p.at < hit.at && p.prep === 'of').slice(-1);
  // Objects sit near the cue: a direct object within a few words, a prepositional one within a clause's reach.
  const objects = placed.filter((p) => p.at < hit.at && p.prep !== '' && p.prep !== 'of');
  let anchor = hit.to;
  // The preposition that names a cue's counterparty reaches further than others: "buy the output of a
  // 650 MW solar project in west Texas from Foo", "won an order to supply liquid-cooled racks to Foo".
  const key = KEY_PREPS[hit.cue.cls];
  for (const p of placed) {
    // Backers of a round are all named in the clause: "Foo and Bar will lead, and existing backer Baz may join"
    // (but not "and the round values Baz at $2bn": a company right after another verb is its object).
    const backer = hit.cue.cls === 'back' && p.prep === '' && BACKER_BEFORE.has(words[p.at - 1] ?? '');
    const reach = backer
      ? Infinity
      : p.prep === ''
        ? 4
        : key?.test(p.prep)
          ? hit.cue.cls === 'round'
            ? Infinity
            : 24
          : 14;
    if (p.at < hit.to || p.at - anchor > reach) continue;
    objects.push(p);
    anchor = p.at;
  }
  const backReference = clause.anaphoric || words.slice(0, hit.at).some((w) => BACK_REFERENCES.has(w));
  if (!subjects.length && clause.describes) subjects = [{ c: clause.describes as Company, at: -1, prep: '' }];
  else if (!subjects.length && plural.length) subjects = plural;
  else if (!subjects.length && antecedents.length && backReference) {
    // ", which bought": the company just named; "the company", "its" in a new sentence: the sentence's subject.
    const relative = words[0] === 'which' || words[0] === 'who';
    subjects = relative ? antecedents.slice(-1) : antecedents.slice(0, 1);
  }
  if (SLOT_CUES.has(hit.cue.cls)) {
    if (!subjects.length) {
      const before = nameBeforeCue(clause.tokens, hit.at, aliases);
      if (before) subjects = [before];
    }
    if (!objects.some((o) => o.at >= hit.to && o.at <= hit.to + 2)) {
      const after = nameAfterCue(clause.tokens, hit.to, aliases) ?? unitNamedAfter(clause, words, hit.to, aliases);
      if (after) objects.push(after);
    }
    // "invested $40 million in Foo": the investee follows the amount.
    const into = words.findIndex((w, k) => k >= hit.to && k <= hit.to + 8 && (w === 'in' || w === 'into'));
    if (hit.cue.cls === 'invest' && into > 0 && !objects.some((o) => o.prep === 'in' || o.prep === 'into')) {
      const investee = nameAfterCue(clause.tokens, into, aliases);
      if (investee) objects.push(investee);
    }
  }
  if (hit.cue.cls === 'invest' && !objects.some((o) => o.prep === 'in' || o.prep === 'into')) {
    // "Foo is investing $1bn in its equity": "its" is the other company of the sentence.
    const its = words.slice(hit.to).some((w, k) => w === 'its' && /^(in|into)$/.test(words[hit.to + k - 1]));
    const other = placed.find((p) => !subjects.some((s) => s.c.canonical === p.c.canonical));
    if (its && other) objects.push({ ...other, prep: 'in' });
  }
  return { subjects, objects };
}
