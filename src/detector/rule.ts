// The rule contract, modelled on ESLint: the engine walks the message once and
// hands each node to every rule that registered a visitor for it. A rule never
// parses HTML itself and never builds user-facing text: it reports a messageId
// with parameters, and the i18n catalogues turn that into words.
import type {
  Category, Evidence, Finding, MailAttachment, MailHeader, MailMessage, MessageParams, Policy, Severity,
} from './types';

export interface RuleMeta {
  /** Stable id, prefixed by category: "tracking/…" or "lure/…". */
  id: string;
  category: Category;
  /** Default severity of this rule's findings; a report may override it. */
  severity: Severity;
  /** One sentence for developers and the rule list; users see the i18n texts. */
  description: string;
  /** Message ids this rule reports; the i18n key is `${id}.${messageId}`. */
  messageIds: readonly string[];
  /** Open tracking (pixels, remote resources, receipts) lifts a verdict to at least caution. */
  openTracking?: boolean;
}

/** Inline-style and attribute facts about one element, computed once by the walker. */
export interface ElementNode {
  tagName: string;
  attrs: Readonly<Record<string, string>>;
  /** Lower-cased property → value from the style attribute (last declaration wins). */
  style: ReadonlyMap<string, string>;
  /** Why this element (or an ancestor) cannot be seen, or undefined when visible. */
  hiddenBy?: string;
  depth: number;
}

export type ResourceKind =
  | 'image' | 'background' | 'stylesheet' | 'css-import' | 'font' | 'media'
  | 'frame' | 'object' | 'refresh' | 'svg-image' | 'input-image' | 'css-other'
  /** <link rel=preload|prefetch|icon…>: fetched without being shown. */
  | 'preload';

/** A URL the mail client would fetch by itself when the message is displayed. */
export interface ResourceRef {
  /** Absolute URL after <base href> resolution, or the raw value when it cannot be resolved. */
  url: string;
  raw: string;
  kind: ResourceKind;
  /** Tag the reference came from ("img", "style", "td", …). */
  element: string;
  /** Attribute or CSS property it came from ("src", "background-image", …). */
  attribute: string;
  /** The element carrying it, when the reference is on an element (not in a <style> sheet). */
  node?: ElementNode;
  /** Width/height in CSS px from attributes or inline style, when determinable. */
  width?: number;
  height?: number;
  hiddenBy?: string;
  /** Lower-cased URL scheme ("https", "cid", "data"), or "" for relative URLs that cannot be resolved. */
  scheme: string;
  /** True when displaying the message would fetch this over the network (http, https, ftp). */
  remote: boolean;
}

/** A link the reader can click (a, area), reported when its text is complete. */
export interface LinkRef {
  url: string;
  raw: string;
  element: string;
  /** The visible text inside the link, whitespace-collapsed (may be empty). */
  text: string;
  title?: string;
  /** True when the link wraps an image (text then comes from alt). */
  hasImage: boolean;
  hiddenBy?: string;
  /** Lower-cased URL scheme, or "" when the href cannot be resolved. */
  scheme: string;
}

export interface ReportDescriptor {
  messageId: string;
  params?: MessageParams;
  severity?: Severity;
  evidence: Evidence;
  /** Overrides meta.openTracking for this one finding (e.g. an identity leak in a link, not a loaded image). */
  openTracking?: boolean;
}

export interface RuleContext {
  readonly message: MailMessage;
  readonly policy: Policy;
  /** Visible text of the message: the HTML's text when there is HTML, else the plain text. Complete in `end`. */
  bodyText(): string;
  /** Text the HTML carries but hides from the reader (preheaders, cloaked words). Complete in `end`. */
  hiddenText?(): string;
  /** True when the HTML held more links or resources than the walker examines one by one. Complete in `end`. */
  htmlTruncated?(): boolean;
  report(descriptor: ReportDescriptor): void;
  /** `new URL(url)` shared by every rule of this analysis, or undefined when it does not parse. Do not modify it. */
  parseUrl(url: string): Readonly<URL> | undefined;
  /** domains.hostOf, computed once per URL per analysis. */
  hostOf(url: string): string | undefined;
  /** domains.registrableDomain, computed once per host or address per analysis. */
  registrableDomain(hostOrAddress: string): string | undefined;
  /**
   * This analysis' instance of a slot's state, created on first use: how rules
   * share work (lexicon hits, per-URL facts) within one analysis and never
   * across two.
   */
  shared<T>(slot: AnalysisSlot<T>): T;
}

/** Per-analysis state several rules share; declare one per kind at module level. */
export interface AnalysisSlot<T> {
  readonly name: string;
  create(): T;
}

export function analysisSlot<T>(name: string, create: () => T): AnalysisSlot<T> {
  return { name, create };
}

export interface RuleVisitors {
  header?(header: MailHeader): void;
  element?(node: ElementNode): void;
  resource?(ref: ResourceRef): void;
  link?(link: LinkRef): void;
  attachment?(attachment: MailAttachment): void;
  /** Called once the message has been walked; body text is complete. */
  end?(): void;
  /** Called after every rule's `end`, with all findings so far: for combination rules. */
  after?(findings: readonly Finding[]): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitors;
}

export function messageKey(ruleId: string, messageId: string): string {
  return `${ruleId}.${messageId}`;
}
