// A reading language (one descriptor per language, the Yomitan way): the words the deal reader reads in
// that language. The clause rules (find-cue, roles, clause-slots, held-deals) are written once, over the
// words of the English descriptor; another language gives its own deal cues and status words, and glosses
// its grammar words (prepositions, auxiliaries, pay verbs) into the English ones those rules know.
import type { DealKind } from '../types';

/** How the subject of a cue relates to the money. */
export type CueClass =
  | 'buy' // subject pays: buys, acquires, purchases, leases (from), pays, tapped
  | 'sell' // subject sells a company or unit: sells, sold
  | 'supply' // subject delivers: supplies, provides, rents (someone) capacity
  | 'win' // subject delivers and names the payer with "from": won / landed a contract from
  | 'invest' // subject is the investor
  | 'back' // subjects and objects join a round: "Foo and Bar will lead the round"
  | 'receive' // subject receives money "from" an investor
  | 'round' // subject raises a round
  | 'venture' // subjects form a shared vehicle
  | 'capex' // subject's own spending plan
  | 'agree'; // an agreement whose direction comes from kind and company kinds

export interface Cue {
  cls: CueClass;
  kind?: DealKind;
}

/** Hedge words (lower case) by what they say of a deal (status.ts ranks them). */
export interface StatusWords {
  /** The deal ended or was denied: "collapsed", "gekündigt", "dementiert". */
  ended: ReadonlySet<string>;
  /** Still talks: "negotiating", "verhandelt". */
  talks: ReadonlySet<string>;
  /** A media report or unnamed sources: "reportedly", "angeblich". */
  media: ReadonlySet<string>;
  /** A party said it: "announced", "bestätigt". */
  said: ReadonlySet<string>;
  /** Word pairs that end a deal ("called off", "ohne einigung"). */
  endedPairs: ReadonlySet<string>;
}

export interface ReadingLanguage {
  code: string;
  /** Deal verbs and nouns (lower case) → the cue each gives. */
  cues: Readonly<Record<string, Cue>>;
  status: StatusWords;
  /** Grammar words (lower case) → the English word the clause rules know ("an" → "to", "wurde" → "was"). */
  glosses: Readonly<Record<string, string>>;
  /** How many words after a verb its figure may stand: English "pays $95m", German "zahlt für die Halle 48
   *  Millionen". */
  objectReach: number;
  /** Runs of words read as as many English ones ("beteiligt sich an" → "invests itself in"). */
  phrases?: Readonly<Record<string, string>>;
  /** The preposition that after a deal noun names what the deal is of ("die Übernahme von Foo" → "of"). */
  nounOf?: string;
  /** Pronouns that open a relative clause after a comma ("…, die") and read as "which". */
  relatives?: ReadonlySet<string>;
  /** Verb-second languages: finite verbs whose participle or infinitive ends the clause ("hat … an Foo
   *  vermietet"); the deal verb at the end is read where the finite verb stands, as English places it. */
  finiteVerbs?: ReadonlySet<string>;
  /** With a passive auxiliary of `finiteVerbs` ("wurde … übernommen"), this gloss names the agent ("von" → "by"). */
  passive?: { auxiliaries: ReadonlySet<string>; agent: string };
}
