// Read-receipt requests ask the reader's client to tell the sender when the
// message was opened: the oldest, most explicit form of open tracking.
import { headerNameIs } from '../auth';
import type { Rule, RuleVisitors } from '../rule';

// Every header is tested: a switch on the name's length spares nearly all of them
// any comparison, and the rest are compared in place instead of lower-cased copies.
function isReceiptHeader(name: string): boolean {
  switch (name.length) {
    case 27: return headerNameIs(name, 'disposition-notification-to');
    case 17: return headerNameIs(name, 'return-receipt-to');
    case 20: return headerNameIs(name, 'x-confirm-reading-to');
    default: return false;
  }
}

const NO_VISITORS: RuleVisitors = Object.freeze({});

export const readReceipt: Rule = {
  meta: {
    id: 'tracking/read-receipt',
    category: 'tracking',
    severity: 'medium',
    description: 'The message asks for a read receipt (Disposition-Notification-To and similar headers).',
    messageIds: ['requested'],
    openTracking: true,
  },
  // The headers are all known before the walk starts, and no other rule reads
  // them one by one: one loop here instead of an engine call per header. Its
  // findings still come first, as in the header pass that precedes the walk.
  create(context) {
    const headers = context.message.headers;
    for (let i = 0; i < headers.length; i++) {
      const header = headers[i]!;
      const length = header.name.length;
      if ((length !== 27 && length !== 17 && length !== 20) || !isReceiptHeader(header.name)) continue;
      context.report({ messageId: 'requested', params: { header: header.name, to: header.value.trim() }, evidence: { header: header.name, detail: header.value.trim() } });
    }
    return NO_VISITORS;
  },
};
