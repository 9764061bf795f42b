import { describe, expect, it } from 'vitest';
import { mixedScriptProblem } from './mixed-script';

describe('mixedScriptProblem', () => {
  it('flags Latin names with Cyrillic or Greek lookalike letters', () => {
    expect(mixedScriptProblem('Nvid\u0456a')).toBe(
      'mixes Latin and Cyrillic letters ("\u0456" is U+0456), which can pass for another name',
    );
    expect(mixedScriptProblem('\u0410mazon')).toMatch(/^mixes Cyrillic and Latin letters \("m" is U\+006D\)/);
    expect(mixedScriptProblem('C\u03bfreWeave')).toMatch(/^mixes Latin and Greek letters \("\u03bf" is U\+03BF\)/);
    expect(mixedScriptProblem('Zeta \u041a\u043e\u0440\u043f')).toMatch(/Latin and Cyrillic/); // across words too
  });

  it('passes names in one script, and Latin mixed with CJK as real brands write them', () => {
    for (const name of [
      'Nvidia',
      'Crédit Agricole',
      'Ørsted A/S',
      '\u30a8\u30cc\u30d3\u30c7\u30a3\u30a2', // エヌビディア
      '\uc0bc\uc131\uc804\uc790', // 삼성전자
      '\u042f\u043d\u0434\u0435\u043a\u0441', // Яндекс
      '\u0391\u0394\u039c\u0397\u0395', // ΑΔΜΗΕ
      'LINE\u30e4\u30d5\u30fc', // LINEヤフー
      'SK\ud558\uc774\ub2c9\uc2a4', // SK하이닉스
      'Foo 42 & Co.',
    ])
      expect(mixedScriptProblem(name), name).toBeNull();
  });
});
