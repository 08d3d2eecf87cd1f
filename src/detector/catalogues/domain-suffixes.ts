// "Is this host, or one of its parent domains, in the catalogue?" asked for
// every link and image of every message. Slicing out "b.example" and
// "example" from "a.b.example" to look them up allocates two strings per
// URL; instead, a hash of each label-boundary suffix is built while walking
// the host once from its end, and only a hash hit is confirmed by comparing
// the strings in place.

/** Hash of `text` read from its last character to its first, one extendHash per character. */
function domainHash(text: string): number {
  let hash = 0;
  for (let i = text.length - 1; i >= 0; i--) hash = extendHash(hash, text.charCodeAt(i));
  return hash;
}

/** The hash of a suffix extended by the character before it: walking a host from its end yields every suffix's hash. */
function extendHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** Domains filed by domainHash; several may share a bucket. */
export class DomainSuffixIndex<T> {
  private readonly buckets = new Map<number, { domain: string; value: T }[]>();

  add(domain: string, value: T): void {
    const hash = domainHash(domain);
    const bucket = this.buckets.get(hash);
    if (bucket) bucket.push({ domain, value });
    else this.buckets.set(hash, [{ domain, value }]);
  }

  /**
   * The value filed under host.slice(start), when start is 0 or follows a "."
   * and `hash` is domainHash of that suffix; undefined otherwise.
   */
  at(host: string, start: number, hash: number): T | undefined {
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) return undefined;
    const length = host.length - start;
    for (const entry of bucket) {
      if (entry.domain.length === length && host.startsWith(entry.domain, start)) return entry.value;
    }
    return undefined;
  }

  /**
   * For a plain host (lower-case letters, digits, "-" and dots, not ending in a dot):
   * "host" when the host itself is filed, "parent" when only a parent domain is, "none"
   * when neither is; "not-plain" for any other string, which the caller must judge itself.
   * One pass from the end, no copies.
   */
  lookUpPlainHost(host: string): SuffixLookup {
    if (host.length === 0 || host.charCodeAt(host.length - 1) === 46) return 'not-plain';
    let hash = 0;
    let parentFiled = false;
    for (let i = host.length - 1; i >= 0; i--) {
      const code = host.charCodeAt(i);
      if (code === 46) {
        if (!parentFiled && this.at(host, i + 1, hash) !== undefined) parentFiled = true;
      } else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45)) {
        return 'not-plain';
      }
      // extendHash written out: a call per character is most of this loop's cost in cold code.
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    if (this.at(host, 0, hash) !== undefined) return 'host';
    return parentFiled ? 'parent' : 'none';
  }
}

export type SuffixLookup = 'host' | 'parent' | 'none' | 'not-plain';
