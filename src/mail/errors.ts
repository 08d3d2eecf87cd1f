/** Raised when input is not an email at all (empty, binary, no header block). */
export class MailParseError extends Error {
  override readonly name = 'MailParseError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
