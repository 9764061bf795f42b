// `npx tsx scripts/unused-exports.ts [--test-only]`: exported symbols that no other file imports.
// An import graph over the project's TypeScript, parsed with the TypeScript 5 compiler API (the pinned
// copy madge uses; TypeScript 7 has no JavaScript API). Names only, no type checker: fast (well under a
// second of parsing). Tests count as importers: a pure function exported so that its test can reach it
// is in use. `--test-only` also lists what only tests import, for a look, not as an error. Re-exports
// (`export { x } from`, `export * from`) pass a use on to the file they name. What a tool loads by name
// (entrypoints, vitest's global setup, benchmarks) counts as used. Exit 1 when anything is unused.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-for-madge';

const ROOT = join(import.meta.dirname, '..');
const DIRS = ['lib', 'components', 'entrypoints', 'cli', 'eval', 'scripts', 'test', 'bench'];
/** Exports a tool loads by name, not by an import this scan can see: WXT's entrypoints and vitest's
 *  global setup (their default export), the benchmarks (`name` and `run`, found by cli/bench.ts). */
const loadedByTool = (file: string, name: string): boolean =>
  (name === 'default' && /^entrypoints\/|^test\/e2e\/global-setup\.ts$/.test(file)) ||
  (/^bench\/[^/]+\.bench\.ts$/.test(file) && (name === 'name' || name === 'run'));

/** One file's exports, and what it takes from other files (`*` for all of a file's exports). */
interface FileInfo {
  exports: Set<string>;
  /** Names it re-exports from another file: exported name → [file, name there]. */
  reexports: Map<string, [string, string]>;
  /** Files whose every export it re-exports (`export * from`). */
  starFrom: string[];
  imports: [file: string, name: string][];
}

export const isTestFile = (file: string): boolean =>
  /\.test\.tsx?$|(^|\/)test\/|test-support\.ts$|(^|\/)test-[^/]*\.ts$/.test(file);

function walk(dir: string, out: string[]): string[] {
  if (!existsSync(join(ROOT, dir))) return out;
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) walk(rel, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** A relative specifier as a project file, or null (a package, a JSON or CSS file). */
function resolveFrom(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = relative(ROOT, resolve(ROOT, dirname(from), spec)).replace(/\\/g, '/');
  const stem = base.replace(/\.js$/, '');
  for (const c of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`, `${stem}/index.tsx`])
    if (/\.tsx?$/.test(c) && existsSync(join(ROOT, c)) && statSync(join(ROOT, c)).isFile()) return c;
  return null;
}

const hasExport = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const isDefault = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

/** Exports and imports of one file (exported for its test). */
export function scanFile(file: string, text: string, resolveSpec = resolveFrom): FileInfo {
  const info: FileInfo = { exports: new Set(), reexports: new Map(), starFrom: [], imports: [] };
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const to = resolveSpec(file, node.moduleSpecifier.text);
      const clause = node.importClause;
      if (to && clause) {
        if (clause.name) info.imports.push([to, 'default']);
        const b = clause.namedBindings;
        if (b && ts.isNamespaceImport(b)) info.imports.push([to, '*']);
        else if (b) for (const el of b.elements) info.imports.push([to, (el.propertyName ?? el.name).text]);
      }
    } else if (ts.isExportDeclaration(node)) {
      const to =
        node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
          ? resolveSpec(file, node.moduleSpecifier.text)
          : null;
      if (!node.exportClause) {
        if (to) info.starFrom.push(to);
      } else if (ts.isNamedExports(node.exportClause)) {
        for (const el of node.exportClause.elements) {
          info.exports.add(el.name.text);
          if (to) info.reexports.set(el.name.text, [to, (el.propertyName ?? el.name).text]);
        }
      } else if (to) {
        info.exports.add(node.exportClause.name.text); // export * as ns from
        info.reexports.set(node.exportClause.name.text, [to, '*']);
      }
    } else if (ts.isExportAssignment(node)) info.exports.add('default');
    else if (hasExport(node) && node.parent === src) {
      if (isDefault(node)) info.exports.add('default');
      else if (ts.isVariableStatement(node)) {
        for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) info.exports.add(d.name.text);
      } else {
        const name = (node as ts.DeclarationStatement).name;
        if (name && ts.isIdentifier(name)) info.exports.add(name.text);
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      const to = arg && ts.isStringLiteral(arg) ? resolveSpec(file, arg.text) : null;
      if (to) info.imports.push([to, '*']);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return info;
}

/** Exports nobody imports: `unused` by any file, and `testOnly` (imported by tests alone). Pure. */
export function findUnused(files: Map<string, FileInfo>): { unused: string[]; testOnly: string[] } {
  const usedBy = new Map<string, Set<'test' | 'code'>>(); // `${file}#${name}` → who
  const mark = (file: string, name: string, by: 'test' | 'code', seen = new Set<string>()): void => {
    const key = `${file}#${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    const info = files.get(file);
    if (!info) return;
    if (name === '*') {
      for (const n of info.exports) mark(file, n, by, seen);
      for (const f of info.starFrom) mark(f, '*', by, seen);
      return;
    }
    if (!usedBy.has(key)) usedBy.set(key, new Set());
    usedBy.get(key)!.add(by);
    const re = info.reexports.get(name);
    if (re) mark(re[0], re[1], by, seen);
    else if (!info.exports.has(name)) for (const f of info.starFrom) mark(f, name, by, seen);
  };
  for (const [file, info] of files)
    for (const [to, name] of info.imports) if (to !== file) mark(to, name, isTestFile(file) ? 'test' : 'code');
  const unused: string[] = [];
  const testOnly: string[] = [];
  for (const [file, info] of files) {
    for (const name of info.exports) {
      if (loadedByTool(file, name)) continue;
      const by = usedBy.get(`${file}#${name}`);
      if (!by) unused.push(`${file}: ${name}`);
      else if (!by.has('code') && !isTestFile(file)) testOnly.push(`${file}: ${name}`);
    }
  }
  return { unused, testOnly };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = new Map<string, FileInfo>();
  for (const file of DIRS.flatMap((d) => walk(d, [])))
    files.set(file, scanFile(file, readFileSync(join(ROOT, file), 'utf8')));
  const { unused, testOnly } = findUnused(files);
  if (process.argv.includes('--test-only')) {
    console.log(`Imported by tests only (${testOnly.length}):`);
    for (const u of testOnly) console.log(`  ${u}`);
  }
  if (unused.length) {
    console.error(`Exported but imported by no other file (${unused.length}):`);
    for (const u of unused) console.error(`  ${u}`);
  }
  process.exit(unused.length ? 1 : 0);
}
