#!/usr/bin/env node
// Entry point of the `clearsight` scanner. The scanner is TypeScript shared
// with the add-in; tsx compiles it on the fly so nothing needs building after
// `npm install`. The project's tsconfig is named explicitly so the result does
// not depend on the directory the command is run from.
'use strict';
const path = require('node:path');

process.env.TSX_TSCONFIG_PATH = path.join(__dirname, '..', 'tsconfig.json');
require('tsx/cjs');
const { run } = require('../src/cli/main.ts');

run(process.argv.slice(2)).then(
  (code) => {
    // exitCode, not exit(): let buffered stdout drain into pipes first.
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`clearsight: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
