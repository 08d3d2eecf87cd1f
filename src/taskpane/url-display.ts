// Evidence URLs are shown as text only (never as links): long ones are cut in
// the middle so the host and the end stay visible, and the host is located so
// it can be emphasised.

/** Splits a URL-ish string into [before host, host, after host]; host '' when none is found. */
export function splitHost(value: string): [string, string, string] {
  const scheme = value.indexOf('://');
  const hostStart = scheme === -1 ? -1 : scheme + 3;
  if (hostStart === -1) return [value, '', ''];
  let hostEnd = value.length;
  for (let i = hostStart; i < value.length; i++) {
    const c = value[i];
    if (c === '/' || c === '?' || c === '#') { hostEnd = i; break; }
  }
  // Drop credentials so "user@" is not mistaken for the host.
  const at = value.lastIndexOf('@', hostEnd - 1);
  const start = at >= hostStart ? at + 1 : hostStart;
  return [value.slice(0, start), value.slice(start, hostEnd), value.slice(hostEnd)];
}

/** Cuts the middle out of long values: "https://t.example/abc…xyz". Keeps whole characters. */
export function shortenMiddle(value: string, max = 64): string {
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  const keep = max - 1;
  const head = Math.ceil(keep * 0.6);
  const tail = keep - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** The parts to render for an evidence URL: the host whole (emphasised), the path shortened. */
export function displayUrl(value: string, max = 64): { before: string; host: string; after: string; shortened: boolean } {
  const [before, host, after] = splitHost(value);
  if (!host) {
    const short = shortenMiddle(value, max);
    return { before: short, host: '', after: '', shortened: short !== value };
  }
  const shownHost = shortenMiddle(host, Math.max(24, Math.floor(max * 0.6)));
  const room = Math.max(16, max - Array.from(before).length - Array.from(shownHost).length);
  const shownAfter = shortenMiddle(after, room);
  return { before, host: shownHost, after: shownAfter, shortened: shownHost !== host || shownAfter !== after };
}
