// Numerals shared by Japanese and Chinese (Han characters, simplified and traditional), and the range
// marks the three languages share.
export const HAN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1e3 };
export const HAN_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8 };
export const RANGE_MARKS = ['〜', '～', '~', '-', '–'];
