import type { MailMessage } from '../../src/detector/types';

/** A minimal MailMessage with sensible empty defaults, overridden per test. */
export function message(overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    headers: [],
    replyTo: [],
    to: [],
    cc: [],
    subject: '',
    attachments: [],
    ...overrides,
  };
}
