// Runs htmlparser2 over a body without letting nesting depth make it slow.
//
// htmlparser2 keeps its open elements in an array it grows at the front
// (Array#unshift), so each open tag costs time in proportion to the depth:
// 400,000 unclosed <b> (1.2 MB) took over half a minute. Past MAX_PARSER_DEPTH
// open elements the parse goes on with a fresh parser from the next tag. The
// walker's own stack keeps every element, so hiddenness is still inherited.
//
// A fresh parser does not know the elements opened before it and would drop
// their end tags. Dropping them is an evasion: a hidden <span>, 2,000 <b>,
// </span> and the lure text after it would all read as hidden. So an end tag
// the current parser ignores is looked up among the elements opened by earlier
// parsers of the same body, through a name index that each element enters and
// leaves once, and closes the nearest one: linear time, whatever the input.
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/** Real mail nests a few dozen deep; Chromium's parser stops nesting at 512. */
export const MAX_PARSER_DEPTH = 1024;

const PARSER_OPTIONS: ParserOptions = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/** The walker's element stack, as far as the parse needs it. */
export interface ElementStack {
  readonly height: number;
  tagNameAt(index: number): string;
  /** Closes elements, innermost first, until `height` remain. */
  popTo(height: number): void;
}

/** A parser that tells its owner about end tags it ignored. */
class SegmentParser extends Parser {
  constructor(handler: Partial<Handler>, private readonly input: string, private readonly owner: BoundedParse) {
    super(handler, PARSER_OPTIONS);
  }

  // Public in htmlparser2's typings, and the tokenizer calls it for every end tag.
  override onclosetag(start: number, endIndex: number): void {
    const owner = this.owner;
    if (!owner.hasEarlierElements) {
      super.onclosetag(start, endIndex);
      return;
    }
    const height = owner.stack.height;
    super.onclosetag(start, endIndex);
    if (owner.stack.height === height) owner.closeEarlier(this.input.slice(start, endIndex).toLowerCase(), endIndex);
  }
}

/** The state of one body's parse; saved and restored around a nested one. */
interface BodyParse {
  input: string;
  parser: SegmentParser | undefined;
  /** Stack height when this body's parse began: it never closes below. */
  bodyBase: number;
  /** Stack height when the current parser began: below lie earlier parsers' elements. */
  base: number;
  /** Where in `input` a fresh parser takes over (-1: the current one reads to the end). */
  resumeAt: number;
  /** Names of the elements at heights bodyBase … base-1, and where each name sits. */
  earlierNames: string[];
  earlierAt: Map<string, number[]>;
}

export class BoundedParse {
  private body: BodyParse | undefined = undefined;
  /** Opening an element beyond this height starts a fresh parser after it. */
  breakHeight = Number.POSITIVE_INFINITY;
  hasEarlierElements = false;

  constructor(private readonly handler: Partial<Handler>, readonly stack: ElementStack, private readonly maxDepth = MAX_PARSER_DEPTH) {}

  /**
   * Parses `html` into the handler. Re-entrant: an Outlook conditional
   * comment's body is parsed from inside the document's parser. Closes
   * everything it opened before returning, as a parser does at its end.
   */
  run(html: string): void {
    const outer = this.body;
    const bodyBase = this.stack.height;
    const body: BodyParse = { input: html, parser: undefined, bodyBase, base: bodyBase, resumeAt: -1, earlierNames: [], earlierAt: new Map() };
    this.body = body;
    let from = 0;
    for (;;) {
      body.input = from === 0 ? html : html.slice(from);
      body.resumeAt = -1;
      this.track(body);
      body.parser = new SegmentParser(this.handler, body.input, this);
      body.parser.end(body.input);
      if (body.resumeAt < 0 || body.resumeAt >= body.input.length) break;
      from += body.resumeAt;
    }
    this.stack.popTo(bodyBase);
    this.body = outer;
    if (outer) this.track(outer);
    else {
      this.breakHeight = Number.POSITIVE_INFINITY;
      this.hasEarlierElements = false;
    }
  }

  /** Called after the walker pushed an element; `rawText`: the tokenizer reads its content raw, so no cut just after it. */
  openedTooDeep(rawText: boolean): void {
    const body = this.body;
    if (!body || body.resumeAt >= 0 || rawText) return;
    for (let height = body.base; height < this.stack.height; height++) this.remember(body, this.stack.tagNameAt(height), height);
    this.cut(body, body.parser?.endIndex ?? 0, this.stack.height);
  }

  /** An end tag the current parser ignored: close the nearest earlier element of that name, if any. */
  closeEarlier(name: string, nameEnd: number): void {
    const body = this.body;
    const at = body?.earlierAt.get(name);
    const target = at?.[at.length - 1];
    if (!body || target === undefined) return;
    this.stack.popTo(target);
    for (let height = body.base - 1; height >= target; height--) this.forget(body, height);
    this.cut(body, nameEnd, target);
  }

  /** Stops the current parser after the tag being read (its '>' is at or after `inTag`); the next starts there at `newBase`. */
  private cut(body: BodyParse, inTag: number, newBase: number): void {
    body.parser?.pause();
    const close = body.input.indexOf('>', inTag);
    body.resumeAt = close < 0 ? body.input.length : close + 1;
    body.base = newBase;
    body.earlierNames.length = newBase - body.bodyBase;
  }

  private track(body: BodyParse): void {
    this.breakHeight = body.base + this.maxDepth;
    this.hasEarlierElements = body.base > body.bodyBase;
  }

  private remember(body: BodyParse, name: string, height: number): void {
    body.earlierNames[height - body.bodyBase] = name;
    const at = body.earlierAt.get(name);
    if (at) at.push(height);
    else body.earlierAt.set(name, [height]);
  }

  private forget(body: BodyParse, height: number): void {
    const name = body.earlierNames[height - body.bodyBase];
    if (name !== undefined) body.earlierAt.get(name)?.pop();
  }
}
