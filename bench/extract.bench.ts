// Extraction cost: throughput on the project's own 5,000-word article against one plain compromise
// parse of the same text, the cost of a 5,000-word page with no candidates, 1 MB hostile inputs,
// and the gzipped code a page loads with and without figures.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createExtractor, hasCandidates } from '../lib/extract/index';
import { loadExtractorContext } from '../cli/extract-context';

export const name = 'extract';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (f: string) => readFileSync(join(root, 'test/fixtures/text', f), 'utf8');

/** The process's CPU time in ms: on a shared machine it is what the work cost, without the time other
 *  processes held the core (warm extraction runs on this thread alone; the few helper threads add little). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(fn: () => unknown, runs: number, clock: () => number = () => performance.now()): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = clock();
    fn();
    times.push(clock() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function gzippedBundle(contents: string): Promise<number> {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
}

function toMegabyte(unit: string): string {
  return unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
}

export async function run(): Promise<Record<string, number | string>> {
  const extract = createExtractor(loadExtractorContext());
  const article = fixture('article-5000.txt');
  const plain = fixture('plain-5000.txt');
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const r: Record<string, number | string> = {};

  for (let k = 0; k < 5; k++) extract(article); // warm up
  const extractMs = median(() => extract(article), 21);
  const { default: nlp } = await import('compromise');
  nlp('Warm up the lexicon once.');
  const nlpMs = median(() => nlp(article), 5);
  r['article words'] = words(article);
  r['article mentions'] = extract(article).length;
  r['extract ms (median)'] = extractMs;
  r['compromise nlp(text) ms (median)'] = nlpMs;
  r['speed-up vs compromise (x)'] = nlpMs / extractMs;

  // Per 1,000 words, against one linear scan for candidates in the same run (the prefilter over a page
  // where it finds nothing, so it reads every character): the article, and the held-out passages.
  const heldOut = readFileSync(join(root, 'test/fixtures/heldout2.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const heldOutWords = heldOut.reduce((n, t) => n + words(t), 0);
  for (let k = 0; k < 3; k++) heldOut.forEach((t) => extract(t));
  const heldOutMs = median(() => heldOut.forEach((t) => extract(t)), 21);
  const scanMs = median(() => hasCandidates(plain), 51);
  const perK = (ms: number, n: number) => (ms / n) * 1000;
  const articleCpu = median(() => extract(article), 21, cpuMs);
  const heldOutCpu = median(() => heldOut.forEach((t) => extract(t)), 21, cpuMs);
  const scanCpu = median(() => hasCandidates(plain), 51, cpuMs);
  const held = `held-out passages (${heldOut.length}, ${heldOutWords} words)`;
  r['extract ms per 1,000 words: article (budget: 1)'] = perK(extractMs, words(article));
  r[`extract ms per 1,000 words: ${held}`] = perK(heldOutMs, heldOutWords);
  r['candidate scan ms per 1,000 words (prefilter over the no-candidate page)'] = perK(scanMs, words(plain));
  r['CPU ms per 1,000 words: article / held-out / candidate scan'] =
    `${perK(articleCpu, words(article)).toFixed(2)} / ${perK(heldOutCpu, heldOutWords).toFixed(2)} / ` +
    perK(scanCpu, words(plain)).toFixed(3);

  let sink = 0;
  const readOnce = median(() => {
    for (let i = 0; i < plain.length; i++) sink += plain.charCodeAt(i);
  }, 51);
  r['no-candidate page words'] = words(plain);
  r['no-candidate hasCandidates()'] = String(hasCandidates(plain));
  r['no-candidate hasCandidates ms'] = median(() => hasCandidates(plain), 51);
  r['no-candidate read-text-once ms'] = readOnce;
  r['no-candidate full extract ms'] = median(() => extract(plain), 11);

  const ordinary = toMegabyte(article + '\n\n');
  const ordinaryMs = median(() => extract(ordinary), 3);
  r['1 MB ordinary article ms'] = ordinaryMs;
  const hostile: Record<string, string> = {
    'dollar signs': '$',
    digits: '7',
    'digits and commas': '1,',
    'money fragments': '$1-',
    scales: '1bn ',
    'vague chains': 'hundreds of ',
    'capitalized words': 'Foo Bar ',
    'legal suffixes': 'Inc. ',
    'unit soup': '5 GW-',
  };
  for (const [label, unit] of Object.entries(hostile)) {
    const text = toMegabyte(unit);
    r[`1 MB ${label} ms`] = median(() => extract(text), 3);
  }

  const prefilterOnly = await gzippedBundle(`export { hasCandidates } from './lib/extract/prefilter';`);
  const withFigures = await gzippedBundle(`export { hasCandidates, createExtractor } from './lib/extract/index';`);
  const compromise = await gzippedBundle(`export { default } from 'compromise';`);
  r['gzip: page without candidates (prefilter) bytes'] = prefilterOnly;
  r['gzip: page with figures (extractor) bytes'] = withFigures;
  r['gzip: compromise, for comparison bytes'] = compromise;
  if (sink === -1) r.sink = sink;
  return r;
}
