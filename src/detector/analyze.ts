// The engine: walk the message once, dispatch each node to the rules that asked
// for it, then score. Pure TypeScript: no DOM, Office or Node imports, so the
// taskpane, the Web Worker, the scanner and the tests all run this same code.
import { walkHtml, type WalkHandlers, type WalkResult } from './html/walker';
import { messageKey, type AnalysisSlot, type ElementNode, type LinkRef, type ReportDescriptor, type ResourceRef, type Rule, type RuleContext, type RuleVisitors } from './rule';
import { allRules } from './rules';
import { score } from './scoring';
import { HOST_PARSES } from './domains';
import { UrlMemo } from './url-memo';
import { DEFAULT_POLICY, type Finding, type MailMessage, type Policy, type Verdict } from './types';

export interface AnalyzeOptions {
  /** Rules to run instead of the built-in list (tests use this to isolate a family). */
  rules?: readonly Rule[];
}

export function analyze(message: MailMessage, policy: Policy = DEFAULT_POLICY, options: AnalyzeOptions = {}): Verdict {
  const findings = runRules(message, completePolicy(policy), options.rules ?? allRules);
  return score(findings, policy, message);
}

// The taskpane and the scanner pass the same policy object for every message;
// completing it once keeps the result the same object too, so rules can compile
// policy data (protected names, lookalike targets) once per policy, not per
// message. A caller that reassigns a field gets a fresh completion.
const completedPolicies = new WeakMap<Policy, Policy>();

function completePolicy(policy: Policy): Policy {
  if (policy === DEFAULT_POLICY) return DEFAULT_POLICY;
  const cached = completedPolicies.get(policy);
  if (cached && sameFields(policy, cached)) return cached;
  const complete = { ...DEFAULT_POLICY, ...policy };
  completedPolicies.set(policy, complete);
  return complete;
}

function sameFields(given: Policy, complete: Policy): boolean {
  for (const key of Object.keys(given) as (keyof Policy)[]) {
    if (given[key] !== complete[key]) return false;
  }
  for (const key of Object.keys(DEFAULT_POLICY) as (keyof Policy)[]) {
    if (!(key in given) && complete[key] !== DEFAULT_POLICY[key]) return false;
  }
  return true;
}

/** What one analysis accumulates: findings so far and the texts the walk produced. */
class AnalysisRun {
  readonly findings: Finding[] = [];
  htmlTruncated = false;
  // The finished walk; its texts are collapsed when a rule first reads them.
  private walk: WalkResult | undefined = undefined;
  private body: string | undefined = undefined;
  // Created on first use: most messages report little and share little, and
  // every Map or Set made per message is paid by every message.
  private seen: Set<string> | undefined = undefined;
  private slots: Map<AnalysisSlot<unknown>, unknown> | undefined = undefined;
  private memo: UrlMemo | undefined = undefined;

  walked(result: WalkResult): void {
    this.walk = result;
    this.htmlTruncated = result.truncated;
  }

  /** The HTML's visible text once walked (the plain text when it has none), else the plain text. */
  bodyText(message: MailMessage): string {
    if (this.body !== undefined) return this.body;
    const walk = this.walk;
    if (walk === undefined) return message.text ?? '';
    const text = walk.text;
    return (this.body = message.text && text.length === 0 ? message.text : text);
  }

  hiddenText(): string {
    return this.walk?.hiddenText ?? '';
  }

  get urls(): UrlMemo {
    return (this.memo ??= new UrlMemo(this.shared(HOST_PARSES)));
  }

  shared<T>(slot: AnalysisSlot<T>): T {
    const slots = (this.slots ??= new Map());
    // One lookup for the usual hit; has() only tells a stored undefined from a miss.
    const existing = slots.get(slot);
    if (existing !== undefined || slots.has(slot)) return existing as T;
    const state = slot.create();
    slots.set(slot, state);
    return state;
  }

  add(rule: Rule, descriptor: ReportDescriptor): void {
    const meta = rule.meta;
    const evidence = descriptor.evidence;
    const key = messageKey(meta.id, descriptor.messageId);
    // One finding per rule and distinct piece of evidence: a pixel repeated
    // ten times is one tracker, not ten.
    const identity = `${key}\u0000${evidence.url ?? ''}\u0000${evidence.header ?? ''}\u0000${evidence.detail ?? ''}`;
    const seen = (this.seen ??= new Set());
    if (seen.has(identity)) return;
    seen.add(identity);
    const finding: Finding = {
      rule: meta.id,
      category: meta.category,
      severity: descriptor.severity ?? meta.severity,
      evidence,
      messageKey: key,
      params: descriptor.params ?? {},
    };
    // Assigned, not spread from a temporary object: the same last key, without the copy.
    if (descriptor.openTracking ?? meta.openTracking) finding.openTracking = true;
    this.findings.push(finding);
  }
}

// A class rather than an object of closures: one context per rule per message,
// and its methods live once on the prototype instead of being created each time.
class AnalysisContext implements RuleContext {
  constructor(readonly message: MailMessage, readonly policy: Policy, private readonly run: AnalysisRun, private readonly rule: Rule) {}

  bodyText(): string {
    return this.run.bodyText(this.message);
  }

  hiddenText(): string {
    return this.run.hiddenText();
  }

  htmlTruncated(): boolean {
    return this.run.htmlTruncated;
  }

  report(descriptor: ReportDescriptor): void {
    this.run.add(this.rule, descriptor);
  }

  parseUrl(url: string): Readonly<URL> | undefined {
    return this.run.urls.parseUrl(url);
  }

  hostOf(url: string): string | undefined {
    return this.run.urls.hostOf(url);
  }

  registrableDomain(hostOrAddress: string): string | undefined {
    return this.run.urls.registrableDomain(hostOrAddress);
  }

  shared<T>(slot: AnalysisSlot<T>): T {
    return this.run.shared(slot);
  }
}

// Each event goes only to the rules that asked for it, in rule order: most
// elements interest no rule at all, and the walker emits thousands of them.
class Dispatcher implements WalkHandlers {
  readonly header: RuleVisitors[] = [];
  readonly attachment: RuleVisitors[] = [];
  readonly end: RuleVisitors[] = [];
  readonly after: RuleVisitors[] = [];
  private readonly elementVisitors: RuleVisitors[] = [];
  private readonly resourceVisitors: RuleVisitors[] = [];
  private readonly linkVisitors: RuleVisitors[] = [];

  // One pass with a fixed property name per test: every rule's visitors have a
  // shape of their own, and looking them up by a computed name was a tenth of
  // the fixed cost of an analysis.
  constructor(visitors: readonly RuleVisitors[], private readonly run: AnalysisRun) {
    for (let i = 0; i < visitors.length; i++) {
      const v = visitors[i]!;
      if (v.header) this.header.push(v);
      if (v.element) this.elementVisitors.push(v);
      if (v.resource) this.resourceVisitors.push(v);
      if (v.link) this.linkVisitors.push(v);
      if (v.attachment) this.attachment.push(v);
      if (v.end) this.end.push(v);
      if (v.after) this.after.push(v);
    }
  }

  // Indexed loops: until the JIT optimises them, for-of makes an iterator
  // and a result object per step, and these run for every element.
  element(node: ElementNode): void {
    const visitors = this.elementVisitors;
    for (let i = 0; i < visitors.length; i++) visitors[i]!.element?.(node);
  }

  resource(ref: ResourceRef): void {
    const visitors = this.resourceVisitors;
    for (let i = 0; i < visitors.length; i++) visitors[i]!.resource?.(ref);
  }

  link(link: LinkRef): void {
    const visitors = this.linkVisitors;
    for (let i = 0; i < visitors.length; i++) visitors[i]!.link?.(link);
  }

  parsedUrl(url: URL): void {
    this.run.urls.remember(url);
  }
}

export function runRules(message: MailMessage, policy: Policy, rules: readonly Rule[]): Finding[] {
  const run = new AnalysisRun();
  const findings = run.findings;
  const visitors: RuleVisitors[] = [];
  for (let i = 0; i < rules.length; i++) visitors.push(rules[i]!.create(new AnalysisContext(message, policy, run, rules[i]!)));

  const dispatcher = new Dispatcher(visitors, run);
  const { header, attachment, end, after } = dispatcher;
  if (header.length > 0) {
    const headers = message.headers;
    for (let h = 0; h < headers.length; h++) for (let i = 0; i < header.length; i++) header[i]!.header?.(headers[h]!);
  }
  if (message.html) {
    run.walked(walkHtml(message.html, dispatcher));
  }
  if (attachment.length > 0) {
    const attachments = message.attachments;
    for (let a = 0; a < attachments.length; a++) for (let i = 0; i < attachment.length; i++) attachment[i]!.attachment?.(attachments[a]!);
  }
  for (let i = 0; i < end.length; i++) end[i]!.end?.();
  if (after.length > 0) {
    const snapshot = findings.slice();
    for (let i = 0; i < after.length; i++) after[i]!.after?.(snapshot);
  }
  return findings;
}
