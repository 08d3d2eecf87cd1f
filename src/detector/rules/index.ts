// The one list of rules. Adding a rule is adding a file and a line here.
import type { Rule } from '../rule';
import { lureAttachments } from './lure-attachments';
import { authRules } from './lure-auth';
import { lureContent } from './lure-content';
import { lureFakePress } from './lure-fake-press';
import { lureLinks } from './lure-links';
import { lureLookalikeDomain } from './lure-lookalike';
import { lureUncheckedContent } from './lure-unchecked-content';
import { senderRules } from './lure-sender';
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
  lureLinks,
  lureAttachments,
  lureContent,
  ...senderRules,
  ...authRules,
  lureLookalikeDomain,
  lureUncheckedContent,
  lureFakePress,
];
