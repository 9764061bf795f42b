// npm run bench [-- NAME]: runs every bench/*.bench.ts module (exports `name` and
// `run(): Promise<Record<string, number | string>>`) and prints one table per module.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  name: string;
  run(): Promise<Record<string, number | string>>;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench');
const filter = process.argv[2];

function show(value: number | string): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

async function main() {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  let failed = 0;
  for (const file of files) {
    if (filter && !file.includes(filter)) continue;
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
    process.stdout.write(`\n## ${mod.name} (${file})\n`);
    try {
      const result = await mod.run();
      const width = Math.max(...Object.keys(result).map((k) => k.length));
      for (const [key, value] of Object.entries(result)) process.stdout.write(`${key.padEnd(width)}  ${show(value)}\n`);
    } catch (e) {
      failed++;
      process.stdout.write(`FAILED: ${String((e as Error)?.stack ?? e)}\n`);
    }
  }
  if (failed) process.exit(1);
}

main();
