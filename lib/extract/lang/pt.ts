import type { LangRules } from './types';
import { COMMON_WORDS } from './latin-words';

// Brazilian and European Portuguese: "." groups, "," is the decimal mark; "mil milhões" is 10⁹ (pt-PT).
export const pt: LangRules = {
  code: 'pt',
  comma: 'decimal',
  point: 'group',
  spaceGroups: false,
  words: {
    ...COMMON_WORDS,
    mil: 'thousand',
    milhão: 'million',
    milhões: 'million',
    bilhão: 'billion',
    bilhões: 'billion',
    bilião: 'trillion',
    biliões: 'trillion',
    trilhão: 'trillion',
    trilhões: 'trillion',
    dólar: 'dollars',
    dólares: 'dollars',
    reais: 'reais',
    um: 'a',
    uma: 'a',
    dois: 'two',
    duas: 'two',
    três: 'three',
    quatro: 'four',
    cinco: 'five',
    entre: 'between',
    e: 'and',
    a: 'to',
    chips: 'chips',
  },
  pairs: { 'mil milhões': 'billion' },
  linkers: ['de'],
};
