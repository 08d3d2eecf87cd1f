/** An Office.js call failed; carries which call and what Office said, so the UI can show a real reason. */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';

  constructor(
    /** The Office.js call that failed, e.g. "body.getAsync". */
    readonly call: string,
    /** Office's own message, or a description of the exception thrown. */
    readonly officeMessage: string,
    /** Office's numeric error code when it gave one. */
    readonly code?: number,
  ) {
    super(`${call} failed: ${officeMessage}${code === undefined ? '' : ` (code ${code})`}`);
  }
}
