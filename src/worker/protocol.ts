import type { MailMessage, Policy, Verdict } from '../detector/types';

export interface AnalyzeRequest {
  message: MailMessage;
  policy: Policy;
}

export type AnalyzeResponse = { ok: true; verdict: Verdict } | { ok: false; error: string };
