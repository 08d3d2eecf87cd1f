import { analyze } from '..';
import { message } from '../../../test/helpers/message';
import { MAX_LINKS, MAX_RESOURCES } from '../html/walker';
import { lureUncheckedContent } from './lure-unchecked-content';

const run = (html: string) => analyze(message({ html }), undefined, { rules: [lureUncheckedContent] }).findings;
const links = (n: number, tail = '') => Array.from({ length: n }, (_, i) => `<a href="https://news.example/a/${i}">Story ${i}</a>`).join('') + tail;
const images = (n: number) => Array.from({ length: n }, (_, i) => `<img src="https://img.example/${i}.png" width="300" height="200">`).join('');

describe('lure/unchecked-content', () => {
  describe('valid: mail below the limits', () => {
    it.each([
      ['a short message', '<p>Hello</p>'],
      ['a link-heavy newsletter at the link limit', links(MAX_LINKS)],
      ['an image-heavy newsletter at the resource limit', images(MAX_RESOURCES)],
      ['the same image repeated many times (one distinct resource)', '<img src="https://img.example/x.png">'.repeat(MAX_RESOURCES + 50)],
    ])('%s', (_name, html) => {
      expect(run(html)).toEqual([]);
    });
  });

  describe('invalid: padding past the limits', () => {
    it('flags links past the limit, where a deceptive one could hide', () => {
      const findings = run(links(MAX_LINKS, '<a href="http://evil.example/login">https://bank.example</a>'));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: 'lure/unchecked-content', severity: 'medium', params: { links: MAX_LINKS, resources: MAX_RESOURCES } });
    });

    it('flags distinct resources past the limit, where a pixel could hide', () => {
      expect(run(images(MAX_RESOURCES + 1)).map((f) => f.messageKey)).toEqual(['lure/unchecked-content.tooManyUrls']);
    });
  });
});
