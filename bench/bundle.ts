// The taskpane's initial JavaScript and CSS, gzipped: what Outlook must load
// before the banner can appear. Lazy chunks and the worker are not initial.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export interface BundleSize {
  page: string;
  files: { file: string; gzipKB: number }[];
  jsGzipKB: number;
  cssGzipKB: number;
}

export function measureBundle(distDir: string, page = 'taskpane.html'): BundleSize {
  const htmlPath = path.join(distDir, page);
  if (!fs.existsSync(htmlPath)) throw new Error(`${htmlPath} not found: run npm run build first`);
  const html = fs.readFileSync(htmlPath, 'utf8');
  const refs: string[] = [];
  // The built page may drop attribute quotes when minified: read it with the parser.
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'script' && attrs.src) refs.push(attrs.src);
      if (name === 'link' && attrs.href && (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet')) refs.push(attrs.href);
    },
  });
  parser.end(html);
  const files = refs
    .filter((ref) => !/^https?:/.test(ref))
    .map((ref) => {
      const file = path.join(distDir, ref.replace(/^\.?\//, '').split('?')[0]!);
      return { file: path.relative(distDir, file), gzipKB: gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024 };
    });
  if (!files.some((f) => f.file.endsWith('.js'))) throw new Error(`${htmlPath} loads no script of ours: cannot measure the bundle`);
  const sum = (ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((s, f) => s + f.gzipKB, 0);
  return { page, files, jsGzipKB: sum('.js'), cssGzipKB: sum('.css') };
}
