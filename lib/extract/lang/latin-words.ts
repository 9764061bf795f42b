// Words shared by several Latin-script descriptors (currency names that are the same word everywhere).
export const COMMON_WORDS: Record<string, string> = {
  euro: 'euros',
  euros: 'euros',
  usd: 'USD',
  eur: 'EUR',
  gw: 'GW',
  mw: 'MW',
  gigawatt: 'gigawatts',
  gigawatts: 'gigawatts',
  megawatt: 'megawatts',
  megawatts: 'megawatts',
  kilowatt: 'kilowatts',
  terawatt: 'terawatts',
  gpus: 'GPUs',
  chips: 'chips',
};
