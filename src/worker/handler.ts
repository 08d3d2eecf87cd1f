import type { MailMessage, Policy, Verdict } from '../detector/types';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

/** The worker's job, separated from the worker global so it can be tested directly. */
export function handleAnalyzeRequest(
  request: AnalyzeRequest, analyze: (message: MailMessage, policy: Policy) => Verdict,
): AnalyzeResponse {
  try {
    return { ok: true, verdict: analyze(request.message, request.policy) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
