import { exposeOriginalImageSources } from './image-sources';

describe('exposeOriginalImageSources', () => {
  it('replaces the proxy src by originalsrc', () => {
    const html = '<div><IMG width=1 SRC="https://proxy.example/x" originalSrc=\'https://t.example/p.gif?id=7\' alt="a>b"></div>';
    expect(exposeOriginalImageSources(html)).toBe('<div><IMG width=1  src=\'https://t.example/p.gif?id=7\' alt="a>b"></div>');
  });

  it('restores cid: for inline images so they are not taken for remote ones', () => {
    const out = exposeOriginalImageSources('<img src="https://attachments.office.net/a" originalsrc="cid:logo@x">');
    expect(out).toBe('<img  src="cid:logo@x">');
  });

  it('leaves images without originalsrc and other tags untouched', () => {
    const html = '<img src="https://a.example/1.png"><imgx originalsrc="z"><p originalsrc="y">t</p>';
    expect(exposeOriginalImageSources(html)).toBe(html);
  });

  it('handles an unterminated tag without hanging', () => {
    const html = `<img originalsrc="https://t.example/a" src="${'x'.repeat(100_000)}`;
    expect(exposeOriginalImageSources(html)).toContain('src="https://t.example/a"');
  });

  // The timeout is a does-not-hang bound only: rebuilding the tag once per attribute would be quadratic.
  it('gets through a tag with a huge number of attributes', () => {
    const html = `<img originalsrc="https://t.example/a" ${'src=x '.repeat(100_000)}>`;
    expect(exposeOriginalImageSources(html)).toMatch(/^<img src="https:\/\/t\.example\/a" {100001}>$/);
  }, 30_000);
});
