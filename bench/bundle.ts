// The taskpane's initial JavaScript and CSS, gzipped: what Outlook must load
// before the banner can appear. Lazy chunks and the worker are not initial.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

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
  // Our own build output, not message content: a simple attribute scan is enough.
  for (const m of html.matchAll(/<script[^>]{0,400}?src="([^"]{1,400})"/g)) refs.push(m[1]!);
  for (const m of html.matchAll(/<link[^>]{0,400}?href="([^"]{1,400}\.css)"/g)) refs.push(m[1]!);
  const files = refs
    .filter((ref) => !/^https?:/.test(ref))
    .map((ref) => {
      const file = path.join(distDir, ref.replace(/^\.?\//, '').split('?')[0]!);
      return { file: path.relative(distDir, file), gzipKB: gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024 };
    });
  const sum = (ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((s, f) => s + f.gzipKB, 0);
  return { page, files, jsGzipKB: sum('.js'), cssGzipKB: sum('.css') };
}
