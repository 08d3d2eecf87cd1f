#!/usr/bin/env node
// `npm stop`: ends the server `npm start` recorded in .clearsight-server.pid, and only that one.
'use strict';
const fs = require('node:fs');
const { pidFile, readPid, isRunning } = require('./pidfile.cjs');

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function main() {
  const pid = readPid();
  if (pid === null) {
    console.log('No Clearsight server is recorded as running.');
    return;
  }
  if (!isRunning(pid)) {
    fs.rmSync(pidFile, { force: true });
    console.log(`The recorded server (pid ${pid}) had already stopped; cleaned up its pid file.`);
    return;
  }
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 5000 && isRunning(pid); waited += 100) await sleep(100);
  if (isRunning(pid)) {
    console.error(`The server (pid ${pid}) did not stop within 5 s; it was left running.`);
    process.exitCode = 1;
    return;
  }
  fs.rmSync(pidFile, { force: true });
  console.log(`Stopped the Clearsight server (pid ${pid}).`);
}

main().catch((error) => {
  console.error(`npm stop: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
