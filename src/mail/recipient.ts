// Who received this copy? Tracking links often carry the reader's address, so
// the detector needs it. Delivery headers are added by the receiving server and
// name the actual mailbox even for Bcc or list mail; To is only trusted when it
// names exactly one person.
import type { MailMessage } from '../detector/types';

export function inferRecipient(message: MailMessage): string | undefined {
  for (const name of ['delivered-to', 'x-original-to']) {
    const header = message.headers.find((h) => h.name.toLowerCase() === name);
    const address = header ? bareAddress(header.value) : undefined;
    if (address) return address;
  }
  if (message.to.length === 1 && message.to[0]?.address.includes('@')) return message.to[0].address.toLowerCase();
  return undefined;
}

function bareAddress(value: string): string | undefined {
  const trimmed = value.trim();
  const open = trimmed.lastIndexOf('<');
  const close = trimmed.lastIndexOf('>');
  const candidate = (open !== -1 && close > open ? trimmed.slice(open + 1, close) : trimmed).trim().toLowerCase();
  return candidate.includes('@') && !/\s/.test(candidate) ? candidate : undefined;
}
