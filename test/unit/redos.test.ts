import * as path from 'node:path';
import { auditRegex, findRegexes, listSourceFiles } from '../helpers/regex-audit';

const srcRoot = path.resolve(__dirname, '../../src');

describe('ReDoS audit of every regular expression in src/', () => {
  it('proves each pattern linear (recheck) or fails naming it', () => {
    const found = listSourceFiles(srcRoot).flatMap((file) => findRegexes(file));
    expect(found.length).toBeGreaterThan(0);
    const problems = found.map(auditRegex).filter((v) => v.status !== 'safe')
      .map((v) => `${path.relative(srcRoot, v.file)}:${v.line} /${v.source}/${v.flags} → ${v.status} (${v.detail})`);
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('the audit helper itself', () => {
  const scan = (code: string) => findRegexes('fixture.ts', code).map(auditRegex);

  it('flags a nested quantifier as vulnerable', () => {
    const [verdict] = scan('export const bad = /^(a+)+$/;');
    expect(verdict).toMatchObject({ status: 'vulnerable', source: '^(a+)+$' });
  });

  it('flags overlapping alternation under a star', () => {
    expect(scan('const r = new RegExp("^(\\\\w|\\\\d)*x$");')[0]?.status).toBe('vulnerable');
  });

  it('accepts linear patterns', () => {
    expect(scan('const a = /\\s+/g; const b = new RegExp("^[a-z]{1,10}$", "i");').map((v) => v.status)).toEqual(['safe', 'safe']);
  });

  it('refuses patterns built at run time', () => {
    expect(scan('const r = new RegExp(words.join("|"));')[0]?.status).toBe('dynamic');
  });

  it('ignores test files when listing sources', () => {
    const files = listSourceFiles(srcRoot);
    expect(files.some((f) => f.endsWith('.test.ts'))).toBe(false);
    expect(files.some((f) => f.endsWith(path.join('detector', 'analyze.ts')))).toBe(true);
  });
});
