// Read-receipt requests ask the reader's client to tell the sender when the
// message was opened: the oldest, most explicit form of open tracking.
import { headerNameIs } from '../auth';
import type { Rule } from '../rule';

// Every header passes here: a switch on the name's length spares nearly all of them
// any comparison, and the rest are compared in place instead of lower-cased copies.
function isReceiptHeader(name: string): boolean {
  switch (name.length) {
    case 27: return headerNameIs(name, 'disposition-notification-to');
    case 17: return headerNameIs(name, 'return-receipt-to');
    case 20: return headerNameIs(name, 'x-confirm-reading-to');
    default: return false;
  }
}

export const readReceipt: Rule = {
  meta: {
    id: 'tracking/read-receipt',
    category: 'tracking',
    severity: 'medium',
    description: 'The message asks for a read receipt (Disposition-Notification-To and similar headers).',
    messageIds: ['requested'],
    openTracking: true,
  },
  create(context) {
    return {
      header(header) {
        if (!isReceiptHeader(header.name)) return;
        context.report({ messageId: 'requested', params: { header: header.name, to: header.value.trim() }, evidence: { header: header.name, detail: header.value.trim() } });
      },
    };
  },
};
