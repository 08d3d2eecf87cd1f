// Read-receipt requests ask the reader's client to tell the sender when the
// message was opened: the oldest, most explicit form of open tracking.
import type { Rule } from '../rule';

const RECEIPT_HEADERS = new Set(['disposition-notification-to', 'return-receipt-to', 'x-confirm-reading-to']);

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
        const name = header.name.toLowerCase();
        if (!RECEIPT_HEADERS.has(name)) return;
        context.report({ messageId: 'requested', params: { header: header.name, to: header.value.trim() }, evidence: { header: header.name, detail: header.value.trim() } });
      },
    };
  },
};
