// The walker examines at most MAX_RESOURCES resources and MAX_LINKS links one by
// one, so a hostile body cannot make analysis unbounded. That limit must not be a
// silent blind spot: a sender could pad a message with thousands of harmless
// links to push a tracker or a deceptive link past it. Ordinary mail is far
// below the limit, so reaching it is itself worth telling the reader.
import { MAX_LINKS, MAX_RESOURCES } from '../html/walker';
import type { Rule } from '../rule';

export const lureUncheckedContent: Rule = {
  meta: {
    id: 'lure/unchecked-content',
    category: 'lure',
    severity: 'medium',
    description: 'The message holds more links or images than are examined one by one; the rest was not checked.',
    messageIds: ['tooManyUrls'],
  },
  create(context) {
    return {
      end() {
        if (!context.htmlTruncated?.()) return;
        context.report({
          messageId: 'tooManyUrls',
          params: { resources: MAX_RESOURCES, links: MAX_LINKS },
          evidence: { detail: `more than ${MAX_RESOURCES} resources or ${MAX_LINKS} links` },
        });
      },
    };
  },
};
