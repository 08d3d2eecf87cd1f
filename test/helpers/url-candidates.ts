// URL texts for checking the URL fast paths against a real parser: hosts mostly
// of plausible labels and a URL rest mostly of characters the parser keeps, each
// with the odd trap (dot segments, ports, punycode, escapes, non-ASCII). Shared by
// the Node property tests and the Chromium one, so both judge the same inputs.
import fc from 'fast-check';
import { serialisedHttpParts } from '../../src/detector/html/url';

const label = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'www', 'example', 'Example', 'COM', 'b-c', '-a', 'a-', 'x1', '0', '1', '12', '199', '255', '256', '01'), weight: 10 },
  { arbitrary: fc.constantFrom('0x1f', 'xn--a', 'axn--b', 'XN--a', 'Xn--a', '', 'a_b', 'a:1', 'u@a', 'é', 'K\u212a', '\u017f'), weight: 1 },
);
const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
const kept = fc.constantFrom('a', 'Z', '0', '-', '.', '_', '~', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']',
  '|', '%', '%41', '/', '?', '#');
const trap = fc.constantFrom('..', '/.', '/..', '/%2e', '/%2E', '.%2e', '%', '\\', '^', '`', '{', '}', '"', '<', '>', ' ', '\t', '\n',
  '\u0000', '\u007f', 'é', '??', '##');
const rest = fc.array(fc.oneof({ arbitrary: kept, weight: 12 }, { arbitrary: trap, weight: 1 }), { maxLength: 16 }).map((parts) => parts.join(''));
const scheme = fc.constantFrom('http://', 'https://', 'https://', 'HTTP://', 'hTTpS://', 'http:/', 'https:', 'httpx://');

export const urlCandidate: fc.Arbitrary<string> = fc.tuple(scheme, host, fc.constantFrom('/', '/', '/', '', '?', '#', ':8080/'), rest)
  .map(([prefix, hostName, slash, tail]) => prefix + hostName + slash + tail);

/**
 * Runs `check` on every candidate the URL parser accepts and serialisedHttpParts
 * reads, given the parser's own serialisation as the walker hands it over.
 * Returns how many candidates were checked, so a test can insist that enough were.
 */
export function checkSerialisedParts(
  candidates: fc.Arbitrary<string>,
  check: (parts: NonNullable<ReturnType<typeof serialisedHttpParts>>, parsed: URL) => void,
  numRuns: number,
): number {
  let checked = 0;
  fc.assert(fc.property(candidates, (candidate) => {
    let parsed: URL;
    try {
      parsed = new URL(candidate);
    } catch {
      return;
    }
    const parts = serialisedHttpParts(parsed.href);
    if (!parts) return;
    checked++;
    check(parts, parsed);
  }), { numRuns });
  return checked;
}
