// Loads TypeScript through swc with the options webpack compiles the add-in
// with, so `npm run bench` times the detector as it ships. tsx (used for the
// scanner and other scripts) compiles with esbuild's name-keeping helpers,
// which wrap every closure the detector creates and inflate its cost.
'use strict';
const fs = require('node:fs');
const swc = require('@swc/core');
const { swcOptions } = require('./swc-options.cjs');

const options = { ...swcOptions({ tsx: false, production: true }), module: { type: 'commonjs' }, sourceMaps: 'inline' };

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
