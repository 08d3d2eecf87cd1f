// The one list of rules. Adding a rule is adding a file and a line here.
import type { Rule } from '../rule';
import { readReceipt } from './read-receipt';
import { trackingIdentityLeak } from './tracking-identity';
import { trackingClickTracking, trackingKnownTracker } from './tracking-known';
import { trackingHiddenImage, trackingTinyImage } from './tracking-pixel';
import { trackingRemoteResource } from './tracking-remote';
import { trackingUniqueToken } from './tracking-token';

export const allRules: readonly Rule[] = [
  readReceipt,
  trackingKnownTracker,
  trackingTinyImage,
  trackingHiddenImage,
  trackingUniqueToken,
  trackingRemoteResource,
  trackingIdentityLeak,
  trackingClickTracking,
];
