// Where `npm start` records its process id, so `npm stop` can end exactly that process.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const pidFile = path.resolve(__dirname, '..', '.clearsight-server.pid');

/** @returns {number | null} */
function readPid() {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still means "running".
    return error.code === 'EPERM';
  }
}

module.exports = { pidFile, readPid, isRunning };
