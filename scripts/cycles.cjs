// `node scripts/cycles.cjs`: madge's import-cycle check over lib, components and entrypoints.
// madge parses TypeScript with typescript-estree, which needs TypeScript 5's JavaScript API; the
// project compiles with TypeScript 7 (native, no such API), so this points `typescript` at the
// pinned 5.9.3 copy (devDependency `typescript-for-madge`) for madge alone. Exit 1 on any cycle.
// First the layer rule (./layers.cjs: lib/ never imports components/ or entrypoints/, no layer
// imports one above it), which a cycle check cannot see.
const layers = require('./layers.cjs');
const broken = layers.layerViolations(layers.libEdges(require('node:path').join(__dirname, '..')));
if (broken.length) {
  for (const b of broken) console.error(`layer rule: ${b}`);
  process.exit(1);
}
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? 'typescript-for-madge' : request, ...rest);
};
process.argv.splice(2, 0, '--circular', '--extensions', 'ts,tsx', 'lib', 'components', 'entrypoints');
require('madge/bin/cli.js');
