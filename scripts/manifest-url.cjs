// Turns the development manifest into a deployable one. Shared by webpack (which
// writes dist/manifest.xml) and the tests, so both use exactly the same rules.
'use strict';

/** The origin every URL in the source manifest.xml starts with. */
const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * Checks a deployment base URL and gives it exactly one trailing slash.
 * Office refuses add-ins served over plain http, so anything else is an error.
 * @param {string | undefined} input
 * @returns {string}
 */
function normaliseBaseUrl(input) {
  const value = String(input ?? '').trim();
  if (!value) throw new Error('No base URL given. Pass CLEARSIGHT_BASE_URL=https://host/path/ or --env baseUrl=https://host/path/.');
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Base URL "${value}" is not a valid absolute URL (expected e.g. https://addins.example.org/clearsight/).`);
  }
  if (url.protocol !== 'https:') throw new Error(`Base URL "${value}" must use https: Outlook only loads add-ins over HTTPS.`);
  if (url.search || url.hash) throw new Error(`Base URL "${value}" must not contain a query string or fragment.`);
  if (url.username || url.password) throw new Error(`Base URL "${value}" must not contain credentials.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/`;
}

/**
 * Points every development URL in the manifest at the deployment base URL.
 * @param {string} xml the source manifest
 * @param {string} baseUrl already normalised
 */
function rewriteManifest(xml, baseUrl) {
  const rewritten = xml.split(DEV_BASE_URL).join(baseUrl);
  // Anything still naming localhost (another port, http://) escaped the rewrite;
  // a base URL on localhost itself (npm start on another port) is fine.
  if (baseUrl !== DEV_BASE_URL && rewritten.split(baseUrl).join('').includes('localhost')) {
    throw new Error('manifest.xml still mentions localhost after rewriting; every URL must start with https://localhost:3000/.');
  }
  return rewritten;
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, rewriteManifest };
