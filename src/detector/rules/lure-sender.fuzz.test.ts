import fc from 'fast-check';
import { analyze } from '..';
import { DEFAULT_POLICY, type MailMessage } from '../types';
import { analyzeHeadersProperty, analyzeHtmlProperty } from '../../../test/fuzz/properties';
import { lureLookalikeDomain } from './lure-lookalike';
import { authRules } from './lure-auth';
import { senderRules } from './lure-sender';

// The sender-identity family alone, against the shared hostile-input properties,
// so a crash elsewhere cannot hide one here.
const rules = [...senderRules, ...authRules, lureLookalikeDomain];
const policy = { ...DEFAULT_POLICY, orgDomains: ['parliament.example'], vips: [{ name: 'Jane Doe', addresses: ['jane@parliament.example'] }] };
const run = (m: MailMessage) => analyze(m, policy, { rules });

describe('sender-identity rules under hostile input', () => {
  it('survive random headers, addresses and names', () => {
    fc.assert(analyzeHeadersProperty(run), { numRuns: 300, seed: 4242 });
  }, 120_000);
  it('survive random HTML links', () => {
    fc.assert(analyzeHtmlProperty(run), { numRuns: 100, seed: 4243 });
  }, 120_000);
});
