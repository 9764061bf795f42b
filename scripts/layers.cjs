// The layer rule of docs/ARCHITECTURE.md, checked on every relative import under lib/: a layer
// imports only from its own level or below. madge (scripts/cycles.cjs) finds file cycles; this finds
// the back-edges a cycle check cannot see (lib/figures → lib/extract, lib/content → components/).
// Tests and test support may reach across (a test of the registry may render the tooltip's styles),
// so they are not checked. Run by `npm run -s cycles`.
const fs = require('node:fs');
const path = require('node:path');

/** Layer of a path relative to the project root (lower is further down), or null if not ranked. */
function layerOf(file) {
  const p = file.replace(/\\/g, '/');
  if (/^lib\/(extract|figures|feed|reading|util)\//.test(p) || /^lib\/i18n(\.ts)?$/.test(p)) return 1;
  if (/^lib\/(dom|deals|sync)\//.test(p)) return 2;
  if (/^lib\/(messages|requests|settings)(\.ts)?$/.test(p)) return 3;
  if (/^lib\/(content|background)\//.test(p)) return 4;
  if (p.startsWith('components/')) return 4;
  if (/^(entrypoints|cli|scripts|eval|test)\//.test(p)) return 5;
  return null;
}

/** Edges `[from, to]` (project-relative paths) that break the rule, each with why. Pure. */
function layerViolations(edges) {
  const out = [];
  for (const [from, to] of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (!from.startsWith('lib/') || a === null) continue;
    if (!to.startsWith('lib/')) {
      if (b !== null) out.push(`${from} → ${to}: lib/ imports ${to.split('/')[0]}/`);
    } else if (b !== null && b > a) out.push(`${from} → ${to}: layer ${a} imports layer ${b}`);
    else if (from.startsWith('lib/figures/') && to.startsWith('lib/extract/'))
      out.push(`${from} → ${to}: lib/figures sits below lib/extract`);
  }
  return out;
}

const isTest = (f) => /\.test\.tsx?$|test-support\.ts$/.test(f);

/** Every relative import of the non-test TypeScript files under lib/, as project-relative edges. */
function libEdges(root) {
  const edges = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(e.name) && !isTest(e.name)) {
        const src = fs.readFileSync(path.join(root, rel), 'utf8');
        for (const m of src.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g))
          edges.push([rel, path.posix.normalize(path.posix.join(dir, m[1]))]);
      }
    }
  };
  walk('lib');
  return edges;
}

module.exports = { layerOf, layerViolations, libEdges };

if (require.main === module) {
  const bad = layerViolations(libEdges(path.join(__dirname, '..')));
  for (const b of bad) console.error(b);
  process.exit(bad.length ? 1 : 0);
}
