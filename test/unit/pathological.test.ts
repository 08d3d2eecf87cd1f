// Hostile or absurd HTML must come back from analyze() quickly with the full
// rule list. The bound is deliberately generous: this checks "does not hang";
// speed is measured in bench/. It is CPU time, not wall time, so a test
// machine shared by many jobs does not turn a fast run into a failure.
import { analyze, DEFAULT_POLICY } from '../../src/detector';
import { message } from '../helpers/message';

const LIMIT_MS = 1000;
const MB = 1024 * 1024;

function timed(html: string) {
  const started = process.cpuUsage();
  const verdict = analyze(message({ html, recipient: 'a.member@parliament.example' }), { ...DEFAULT_POLICY, orgDomains: ['parliament.example'] });
  const used = process.cpuUsage(started);
  return { verdict, ms: (used.user + used.system) / 1000 };
}

describe('pathological HTML', () => {
  it.each([
    ['1 MB of one character', () => 'a'.repeat(MB)],
    ['1 MB of "<"', () => '<'.repeat(MB)],
    ["'<img ' × 100,000", () => '<img '.repeat(100_000)],
    ['100,000 complete tiny images from one host', () => '<img src="https://t.example/o.gif" width="1" height="1">'.repeat(20_000)],
    ['10,000 nested tags', () => `${'<div>'.repeat(10_000)}<img src="https://t.example/o.gif" width="1" height="1">${'</div>'.repeat(10_000)}`],
    ['10,000 nested hidden tags left unclosed', () => `${'<div style="display:none"><span>'.repeat(5_000)}text`],
    ['a 5 MB attribute value', () => `<img src="https://t.example/${'A1b2'.repeat((5 * MB) / 4)}" width="1" height="1">`],
    ['a 5 MB style attribute', () => `<div style="${'background:url(https://t.example/x);'.repeat((5 * MB) / 36)}">x</div>`],
    ['a 2 MB <style> block of url(', () => `<style>${'url('.repeat(MB / 2)}</style>`],
    ['a 2 MB srcset', () => `<img srcset="${'https://t.example/a.png 1x, '.repeat(MB / 14)}">`],
    ['a 2 MB Outlook conditional comment', () => `<!--[if mso]>${'<v:fill src="https://t.example/v.jpg">'.repeat(MB / 36)}<![endif]-->`],
    ['100,000 tiny conditional comments', () => '<!--[if mso]><b>x</b><![endif]-->'.repeat(100_000)],
    ['200,000 stray closing tags', () => `<div>${'</p></span></a>'.repeat(66_000)}`],
  ])('%s', (_name, build) => {
    const html = build();
    const { verdict, ms } = timed(html);
    expect(['safe', 'caution', 'danger']).toContain(verdict.level);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('still finds the pixel at the bottom of 10,000 nested tags', () => {
    const html = `${'<div>'.repeat(10_000)}<img src="https://t.example/o.gif" width="1" height="1">${'</div>'.repeat(10_000)}`;
    expect(timed(html).verdict.findings.map((f) => f.rule)).toContain('tracking/tiny-image');
  });
});
