import fc from 'fast-check';
import type { Handler } from 'htmlparser2';
import { BoundedParse, MAX_PARSER_DEPTH, type ElementStack } from './bounded-parse';

/** A minimal walker: an element stack, the text with the depth it was read at, and how deep each parser got. */
class Recorder implements Partial<Handler>, ElementStack {
  readonly names: string[] = [];
  readonly texts: string[] = [];
  readonly closed: string[] = [];
  parsers = 0;
  deepestInOneParser = 0;
  private parserBase = 0;
  readonly bodies: BoundedParse;

  constructor(maxDepth?: number) {
    this.bodies = new BoundedParse(this, this, maxDepth);
  }

  get height(): number {
    return this.names.length;
  }

  tagNameAt(index: number): string {
    return this.names[index] ?? '';
  }

  popTo(height: number): void {
    while (this.names.length > height) this.closed.push(this.names.pop() ?? '');
  }

  onparserinit(): void {
    this.parsers++;
    this.parserBase = this.names.length;
  }

  onopentag(name: string): void {
    this.names.push(name);
    this.deepestInOneParser = Math.max(this.deepestInOneParser, this.names.length - this.parserBase);
    if (this.names.length > this.bodies.breakHeight) this.bodies.openedTooDeep(name === 'textarea');
  }

  onclosetag(name: string): void {
    if (this.names.at(-1) === name) this.popTo(this.names.length - 1);
  }

  ontext(text: string): void {
    this.texts.push(`${text}@${this.names.length}`);
  }
}

function parse(html: string, maxDepth?: number): Recorder {
  const recorder = new Recorder(maxDepth);
  recorder.bodies.run(html);
  return recorder;
}

describe('BoundedParse', () => {
  it('reads ordinary mail with one parser', () => {
    const recorder = parse('<table><tr><td><p>Hello <b>there</b></p></td></tr></table>');
    expect(recorder.parsers).toBe(1);
    expect(recorder.texts).toEqual(['Hello @4', 'there@5']);
  });

  it('never lets one parser hold more than MAX_PARSER_DEPTH elements, and loses no text', () => {
    const recorder = parse(`${'<b>'.repeat(10 * MAX_PARSER_DEPTH)}end`);
    expect(recorder.deepestInOneParser).toBeLessThanOrEqual(MAX_PARSER_DEPTH + 1);
    expect(recorder.parsers).toBeGreaterThanOrEqual(10);
    expect(recorder.texts).toEqual([`end@${10 * MAX_PARSER_DEPTH}`]);
    expect(recorder.closed).toHaveLength(10 * MAX_PARSER_DEPTH);
  });

  it('closes the nearest earlier element of an ignored end tag, and what lies above it', () => {
    const recorder = parse(`<i><u>${'<b>'.repeat(2 * MAX_PARSER_DEPTH)}</u>tail</i>after`);
    expect(recorder.texts).toEqual(['tail@1', 'after@0']);
  });

  it('resumes after the whole end tag, whatever follows its name', () => {
    expect(parse(`<i>${'<b>'.repeat(2 * MAX_PARSER_DEPTH)}</i  junk>tail`).texts).toEqual(['tail@0']);
    expect(parse(`<i>${'<b>'.repeat(2 * MAX_PARSER_DEPTH)}</i`).texts).toEqual([]);
  });

  it('closes same-name elements one at a time across cuts', () => {
    expect(parse('<b><b></b>x</b>y</b>z', 1).texts).toEqual(['x@1', 'y@0', 'z@0']);
  });

  it('leaves earlier elements open when an end tag names none of them', () => {
    const recorder = parse(`<i>${'<b>'.repeat(2 * MAX_PARSER_DEPTH)}${'</u>'.repeat(1000)}tail`);
    expect(recorder.texts).toEqual([`tail@${2 * MAX_PARSER_DEPTH + 1}`]);
  });

  it('does not cut just after an element whose content is read raw', () => {
    const recorder = parse(`${'<b>'.repeat(MAX_PARSER_DEPTH)}<textarea><b>x</b></textarea>`);
    expect(recorder.texts).toEqual([`<b>x</b>@${MAX_PARSER_DEPTH + 1}`]);
  });

  it('closes everything a body opened before returning, so an enclosing body carries on where it was', () => {
    const recorder = new Recorder();
    recorder.names.push('html', 'body');
    recorder.bodies.run(`${'<div>'.repeat(3 * MAX_PARSER_DEPTH)}x`);
    expect(recorder.names).toEqual(['html', 'body']);
    expect(recorder.bodies.breakHeight).toBe(Number.POSITIVE_INFINITY);
  });

  // Among tags that imply no closes, htmlparser2 closes the nearest open element
  // of an end tag's name; cutting the parse every few elements must not change that.
  it('reads phrasing markup exactly as one unbounded parser would, however often it cuts', () => {
    // Few names make same-name nesting, the case the name index must get right, common.
    const tokens = fc.constantFrom(['b'], ['b', 'i'], ['b', 'i', 'span', 'font', 'u', 'em']).chain((names) => fc.array(fc.oneof(
      fc.constantFrom(...names).map((n) => `<${n}>`),
      fc.constantFrom(...names).map((n) => `</${n}>`),
      fc.constantFrom('x', 'y', ' '),
    ), { maxLength: 200 }));
    fc.assert(fc.property(tokens, fc.integer({ min: 1, max: 6 }), (parts, maxDepth) => {
      const html = parts.join('');
      const cut = parse(html, maxDepth);
      const whole = parse(html, Number.POSITIVE_INFINITY);
      expect({ texts: cut.texts, closed: cut.closed }).toEqual({ texts: whole.texts, closed: whole.closed });
    }), { numRuns: 300, seed: 20211127 });
  });
});
