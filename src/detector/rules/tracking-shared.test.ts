import fc from 'fast-check';
import { matchParsedTracker, matchTrackerHost } from '../catalogues/trackers';
import { findTokenInParsedUrl, findTokenInPathAndQuery } from './tracking-token-heuristics';
import { checkSerialisedParts } from '../../../test/helpers/url-candidates';

describe('tracking facts read off serialised URLs', () => {
  const label = fc.constantFrom('a', 'www', 'list-manage', 'sendgrid', 'cmail19', 'x1', '1', '08', '255', '256', '0x1f', 'A', '');
  const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
  const after = fc.constantFrom(
    '', '/', '/track/open?u=Kx7Qp2Lm9Rt4Vw8Zy3Nb', '/wf/click?upn=r8K2mQ9xL4vT7pW1zA#top', '/a#f?x=Kx7Qp2Lm9Rt4Vw8Zy3Nb',
    '/?', '/?#', '/p/Kx7Qp2Lm9Rt4Vw8Zy3Nb/header', '/%4B%78%37Qp2Lm9Rt4Vw8Zy3Nb', '/a/../b?c',
  );
  const url = fc.tuple(fc.constantFrom('http://', 'https://'), host, fc.constantFrom('.example', '.1', ''), after).map((parts) => parts.join(''));

  it('are the facts the rules take from the parsed URL', () => {
    const answered = checkSerialisedParts(url, (parts, parsed) => {
      for (const use of ['open', 'click'] as const) expect(matchTrackerHost(parts.host, parts.path, use)).toEqual(matchParsedTracker(parsed, use));
      expect(findTokenInPathAndQuery(parts.path, parts.search)).toBe(findTokenInParsedUrl(parsed));
    }, 3000);
    expect(answered).toBeGreaterThan(500);
  });
});
