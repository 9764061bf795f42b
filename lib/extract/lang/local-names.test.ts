// Company and outlet names in local script, with the boundary rules that keep ordinary words out.
import { describe, expect, it } from 'vitest';
import { findLocalCompanies } from './local-companies';

const names = (text: string) => findLocalCompanies(text).map((m) => [m.text, m.canonical]);

describe('local names', () => {
  it('finds companies and outlets with their English names', () => {
    expect(names('ロイターによると、楽天グループは東京電力と組む。')).toEqual([
      ['ロイター', 'Reuters'],
      ['楽天グループ', 'Rakuten'],
      ['東京電力', 'TEPCO'],
    ]);
    expect(names('据路透社报道，中国移动与寒武纪合作。')).toEqual([
      ['路透社', 'Reuters'],
      ['中国移动', 'China Mobile'],
      ['寒武纪', 'Cambricon'],
    ]);
    expect(names('연합뉴스에 따르면 한국전력과 LG유플러스가 협력한다.')).toEqual([
      ['연합뉴스', 'Yonhap'],
      ['한국전력', 'KEPCO'],
      ['LG유플러스', 'LG Uplus'],
    ]);
  });
  it('a katakana name does not run on into a longer katakana word', () => {
    expect(names('メタバースの市場が広がる。')).toEqual([]);
    expect(names('メタは新しいモデルを出した。')).toEqual([['メタ', 'Meta']]);
  });
});
