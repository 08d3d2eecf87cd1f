// The engine: walk the message once, dispatch each node to the rules that asked
// for it, then score. Pure TypeScript: no DOM, Office or Node imports, so the
// taskpane, the Web Worker, the scanner and the tests all run this same code.
import { walkHtml } from './html/walker';
import { messageKey, type Rule, type RuleContext, type RuleVisitors } from './rule';
import { allRules } from './rules';
import { score } from './scoring';
import { DEFAULT_POLICY, type Finding, type MailMessage, type Policy, type Verdict } from './types';

type VisitorName = keyof RuleVisitors;

export interface AnalyzeOptions {
  /** Rules to run instead of the built-in list (tests use this to isolate a family). */
  rules?: readonly Rule[];
}

export function analyze(message: MailMessage, policy: Policy = DEFAULT_POLICY, options: AnalyzeOptions = {}): Verdict {
  const findings = runRules(message, { ...DEFAULT_POLICY, ...policy }, options.rules ?? allRules);
  return score(findings, policy, message);
}

export function runRules(message: MailMessage, policy: Policy, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let bodyText: string | undefined;
  let hiddenText = '';

  const visitors = rules.map((rule) => {
    const context: RuleContext = {
      message,
      policy,
      bodyText: () => bodyText ?? message.text ?? '',
      hiddenText: () => hiddenText,
      report(descriptor) {
        const finding: Finding = {
          rule: rule.meta.id,
          category: rule.meta.category,
          severity: descriptor.severity ?? rule.meta.severity,
          evidence: descriptor.evidence,
          messageKey: messageKey(rule.meta.id, descriptor.messageId),
          params: descriptor.params ?? {},
          ...((descriptor.openTracking ?? rule.meta.openTracking) ? { openTracking: true } : {}),
        };
        // One finding per rule and distinct piece of evidence: a pixel repeated
        // ten times is one tracker, not ten.
        const identity = `${finding.messageKey}\u0000${finding.evidence.url ?? ''}\u0000${finding.evidence.header ?? ''}\u0000${finding.evidence.detail ?? ''}`;
        if (seen.has(identity)) return;
        seen.add(identity);
        findings.push(finding);
      },
    };
    return rule.create(context);
  });

  const dispatch = <K extends VisitorName>(name: K, ...args: Parameters<NonNullable<RuleVisitors[K]>>) => {
    for (const v of visitors) {
      const fn = v[name] as ((...a: unknown[]) => void) | undefined;
      if (fn) fn.apply(v, args);
    }
  };

  for (const header of message.headers) dispatch('header', header);
  if (message.html) {
    const result = walkHtml(message.html, {
      element: (node) => dispatch('element', node),
      resource: (ref) => dispatch('resource', ref),
      link: (link) => dispatch('link', link),
    });
    bodyText = message.text && result.text.length === 0 ? message.text : result.text;
    hiddenText = result.hiddenText;
  } else {
    bodyText = message.text ?? '';
  }
  for (const attachment of message.attachments) dispatch('attachment', attachment);
  dispatch('end');
  const snapshot = findings.slice();
  dispatch('after', snapshot);
  return findings;
}
