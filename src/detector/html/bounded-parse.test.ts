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
  readonly bodies = new BoundedParse(this, this);

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

function parse(html: string): Recorder {
  const recorder = new Recorder();
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
});
