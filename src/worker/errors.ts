/**
 * The worker did not answer within its budget. Running the same analysis
 * inline would then freeze the pane (and Outlook's web view) for at least as
 * long, so the pane says the message could not be checked instead.
 */
export class AnalysisTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`analysis took longer than ${Math.round(timeoutMs / 1000)} s`);
    this.name = 'AnalysisTimeoutError';
  }
}
