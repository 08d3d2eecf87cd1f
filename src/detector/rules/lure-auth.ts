// What the receiving servers concluded about the sender: SPF, DKIM, DMARC and
// Microsoft's composite authentication, and Microsoft Defender's safety tips.
// A failed check alone is common (forwarding, mailing lists, misconfigured
// senders), so it is never more than medium here: it matters in combination.
import { parseForefrontReport, verdictsFromValues, type AuthResult } from '../auth';
import type { Rule } from '../rule';
import { senderFacts } from './sender-facts';

const FAILING: Readonly<Record<string, readonly string[]>> = {
  spf: ['fail', 'softfail'],
  dkim: ['fail'],
  dmarc: ['fail'],
  compauth: ['fail', 'softfail'],
};

/** Methods that failed and never passed in the same set (a second valid DKIM signature rescues the first). */
function failedMethods(results: readonly AuthResult[]): AuthResult[] {
  const passed = new Set(results.filter((r) => r.result === 'pass').map((r) => r.method));
  const failed = new Map<string, AuthResult>();
  for (const r of results) {
    if (FAILING[r.method]?.includes(r.result) && !passed.has(r.method) && !failed.has(r.method)) failed.set(r.method, r);
  }
  return [...failed.values()];
}

const METHOD_LABEL: Record<string, string> = { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC', compauth: 'Microsoft composite authentication' };

export const lureAuthFailure: Rule = {
  meta: {
    id: 'lure/auth-failure',
    category: 'lure',
    severity: 'low',
    description: 'The receiving server reports failed sender authentication (SPF, DKIM, DMARC or compauth).',
    messageIds: ['failed', 'dmarcFailed'],
  },
  create(context) {
    return {
      end() {
        const facts = senderFacts(context);
        const found = facts.headers();
        // No verdict header at all (most mail in archives): verdictsFromValues would find no
        // results either, but only after building a summary and a list for nothing.
        if (found.authenticationResults === undefined && !found.arcAuthenticationResults && !found.receivedSpf) return;
        const summary = verdictsFromValues(found);
        if (summary.results.length === 0 && !summary.receivedSpf) return;
        const results = [...summary.results];
        if (!results.some((r) => r.method === 'spf') && summary.receivedSpf) results.push(summary.receivedSpf);
        // An aligned DMARC pass means the From domain was proven; lone SPF/DKIM noise is then irrelevant.
        if (results.some((r) => r.method === 'dmarc' && r.result === 'pass')) return;
        const failures = failedMethods(results);
        if (failures.length === 0) return;
        // Only a hard DMARC or composite verdict says the From domain itself is not proven.
        const fromVerdict = failures.some((f) => (f.method === 'dmarc' || f.method === 'compauth') && f.result === 'fail');
        const domain = failures.map((f) => f.props['header.from']).find(Boolean)
          ?? results.map((r) => r.props['header.from']).find(Boolean)
          ?? facts.fromDomain() ?? '';
        const methods = failures.map((f) => `${METHOD_LABEL[f.method] ?? f.method} (${f.result})`).join(', ');
        context.report({
          messageId: fromVerdict ? 'dmarcFailed' : 'failed',
          severity: fromVerdict ? 'medium' : 'low',
          params: { methods, domain, server: summary.authservId || 'Microsoft 365' },
          evidence: { header: summary.source === 'arc-authentication-results' ? 'ARC-Authentication-Results' : 'Authentication-Results', detail: failures.map((f) => `${f.method}=${f.result}`).join(' ') },
        });
      },
    };
  },
};

const SAFETY_TIPS: Readonly<Record<string, { messageId: string; severity: 'high' | 'info' }>> = {
  '9.19': { messageId: 'domainImpersonation', severity: 'high' },
  '9.20': { messageId: 'userImpersonation', severity: 'high' },
  '9.25': { messageId: 'firstContact', severity: 'info' },
};

export const lureSafetyTip: Rule = {
  meta: {
    id: 'lure/safety-tip',
    category: 'lure',
    severity: 'high',
    description: 'Microsoft Defender marked the message (X-Forefront-Antispam-Report SFTY): impersonation or first contact.',
    messageIds: ['domainImpersonation', 'userImpersonation', 'firstContact'],
  },
  create(context) {
    return {
      end() {
        const forefront = senderFacts(context).headers().forefront;
        if (forefront === undefined) return;
        const value = parseForefrontReport(forefront)['SFTY']?.trim();
        if (!value) return;
        const tip = SAFETY_TIPS[value];
        if (!tip) return;
        const from = context.message.from?.address ?? '';
        context.report({
          messageId: tip.messageId,
          severity: tip.severity,
          params: { code: value, address: from },
          evidence: { header: 'X-Forefront-Antispam-Report', detail: `SFTY:${value}` },
        });
      },
    };
  },
};

export const authRules: readonly Rule[] = [lureAuthFailure, lureSafetyTip];
