// Campaign grouping. One person sees one message; the security team needs to
// see that forty colleagues got the same lure. Reports are linked when they
// share a tracker host, a sender (registrable domain, or the full address for
// webmail where the domain says nothing), or a near-identical subject; linked
// reports form a campaign (connected components, via union-find), so A~B and
// B~C put A, B and C together even when A and C share nothing directly.
// Computed on read over a bounded window: always consistent with the stored
// reports, and a change to the rules here needs no data migration.
import { registrableDomain } from '../detector/domains';
import { isFreemail } from '../detector/catalogues/freemail';

export const CAMPAIGN_WINDOW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
// Jaccard threshold as a fraction so the prefix-filter bound is exact integer arithmetic.
const JACCARD_NUM = 4;
const JACCARD_DEN = 5;
// Short subjects ("Hello", "Invitation") are shared by unrelated mail.
const MIN_SUBJECT_CHARS = 8;
const MIN_SUBJECT_TOKENS = 2;
const MAX_SUBJECT_CHARS = 1000;
const REPLY_PREFIXES = new Set(['re', 'fw', 'fwd', 'tr', 'aw', 'wg', 'antw', 'sv', 'vs', 'rv', 'ref']);

export interface CampaignInput {
  id: string;
  createdAt: string;
  reporter: string;
  subject: string;
  fromAddress: string;
  status: string;
  /** Hosts from evidence of tracking/* findings. */
  trackerHosts: string[];
  messageKeys: string[];
  rules: string[];
}

export interface Campaign {
  /** The earliest report's id: stable while that report stays in the window. */
  id: string;
  reportIds: string[];
  reportCount: number;
  distinctReporters: number;
  firstSeen: string;
  lastSeen: string;
  /** The detector's reasons across the campaign: distinct message keys and rule ids. */
  messageKeys: string[];
  rules: string[];
  shared: { trackerHosts: string[]; senders: string[]; subjects: string[] };
  statusCounts: Record<string, number>;
}

/** Strips reply/forward prefixes in EN/FR/DE/NL/Nordic forms, one at a time, by plain scanning. */
function stripReplyPrefixes(subject: string): string {
  let s = subject.trim();
  for (let guard = 0; guard < 20; guard++) {
    const colon = s.indexOf(':');
    if (colon <= 0 || colon > 12) return s;
    let prefix = s.slice(0, colon).trim();
    // "Re[2]:" and "AW [3]:" carry a counter.
    const bracket = prefix.indexOf('[');
    if (bracket > 0 && prefix.endsWith(']')) prefix = prefix.slice(0, bracket).trim();
    if (!REPLY_PREFIXES.has(prefix)) return s;
    s = s.slice(colon + 1).trim();
  }
  return s;
}

/** Lower case, no reply/forward prefixes, every digit as "#", single spaces. */
export function normaliseSubject(subject: string): string {
  const lowered = subject.slice(0, MAX_SUBJECT_CHARS).toLowerCase();
  const stripped = stripReplyPrefixes(lowered);
  let out = '';
  let pendingSpace = false;
  for (const ch of stripped) {
    if (ch.trim() === '') {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += ch >= '0' && ch <= '9' ? '#' : ch;
  }
  return out;
}

export function subjectTokens(normalised: string): string[] {
  return [...new Set(normalised.match(/[\p{L}\p{N}#]+/gu) ?? [])];
}

/** The key two reports must share to count as the same sender. */
export function senderKey(fromAddress: string): string | undefined {
  const address = fromAddress.trim().toLowerCase();
  const domain = registrableDomain(address);
  if (!domain) return undefined;
  // Everyone can have a gmail.com address: there only the mailbox itself links reports.
  return isFreemail(domain) ? address : domain;
}

class UnionFind {
  private readonly parent: number[];
  private readonly size: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.size = new Array<number>(n).fill(1);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    let node = i;
    while (this.parent[node] !== root) {
      const next = this.parent[node]!;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
  }
}

function jaccardAtLeastThreshold(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  const union = a.size + b.size - shared;
  return shared * JACCARD_DEN >= union * JACCARD_NUM;
}

/**
 * Links subjects whose token sets have Jaccard ≥ 0.8. Prefix filtering keeps it
 * near-linear: with tokens ordered rarest first, two sets that similar must
 * share a token among the first |s| − ⌈0.8·|s|⌉ + 1 of each, so only reports
 * meeting in such a prefix are compared exactly.
 */
function linkSimilarSubjects(tokenSets: (string[] | undefined)[], link: (a: number, b: number) => void): void {
  const frequency = new Map<string, number>();
  for (const tokens of tokenSets) for (const t of tokens ?? []) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const byRarity = (x: string, y: string) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0);
  const sets = tokenSets.map((tokens) => (tokens ? new Set(tokens) : undefined));
  const seenInPrefix = new Map<string, number[]>();
  tokenSets.forEach((tokens, i) => {
    if (!tokens || tokens.length < MIN_SUBJECT_TOKENS) return;
    const ordered = [...tokens].sort(byRarity);
    const prefixLength = ordered.length - Math.ceil((JACCARD_NUM * ordered.length) / JACCARD_DEN) + 1;
    const compared = new Set<number>();
    for (const token of ordered.slice(0, prefixLength)) {
      const earlier = seenInPrefix.get(token) ?? [];
      for (const j of earlier) {
        if (compared.has(j)) continue;
        compared.add(j);
        if (jaccardAtLeastThreshold(sets[i]!, sets[j]!)) link(i, j);
      }
      earlier.push(i);
      seenInPrefix.set(token, earlier);
    }
  });
}

function sortedDistinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Keys occurring in at least two reports of the group. */
function sharedKeys(groups: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const keys of groups) for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).map(([key]) => key).sort();
}

export interface GroupOptions {
  /** End of the window (ISO); defaults to now. */
  asOf?: string;
  windowDays?: number;
  /** Smallest group reported as a campaign. */
  minReports?: number;
}

export function groupCampaigns(inputs: readonly CampaignInput[], options: GroupOptions = {}): Campaign[] {
  const end = options.asOf ? Date.parse(options.asOf) : Date.now();
  const start = end - (options.windowDays ?? CAMPAIGN_WINDOW_DAYS) * DAY_MS;
  const reports = inputs.filter((r) => {
    const t = Date.parse(r.createdAt);
    return t >= start && t <= end;
  });
  const uf = new UnionFind(reports.length);
  const linkedBySubject = new Array<boolean>(reports.length).fill(false);
  const firstWithKey = new Map<string, number>();
  const linkOnKey = (key: string, i: number) => {
    const first = firstWithKey.get(key);
    if (first === undefined) firstWithKey.set(key, i);
    else uf.union(first, i);
  };
  const subjects = reports.map((r) => normaliseSubject(r.subject));
  const tokenSets = subjects.map((s) => {
    const tokens = subjectTokens(s);
    return s.length >= MIN_SUBJECT_CHARS && tokens.length >= MIN_SUBJECT_TOKENS ? tokens : undefined;
  });
  reports.forEach((r, i) => {
    for (const host of new Set(r.trackerHosts.map((h) => h.toLowerCase()))) linkOnKey(`host\u0000${host}`, i);
    const sender = senderKey(r.fromAddress);
    if (sender) linkOnKey(`sender\u0000${sender}`, i);
  });
  const subjectLink = (a: number, b: number) => {
    uf.union(a, b);
    linkedBySubject[a] = true;
    linkedBySubject[b] = true;
  };
  const firstWithSubject = new Map<string, number>();
  tokenSets.forEach((tokens, i) => {
    if (!tokens) return;
    const first = firstWithSubject.get(subjects[i]!);
    if (first === undefined) firstWithSubject.set(subjects[i]!, i);
    else subjectLink(first, i);
  });
  linkSimilarSubjects(tokenSets, subjectLink);

  const members = new Map<number, number[]>();
  reports.forEach((_, i) => {
    const root = uf.find(i);
    const list = members.get(root) ?? [];
    list.push(i);
    members.set(root, list);
  });
  const campaigns: Campaign[] = [];
  for (const indices of members.values()) {
    if (indices.length < (options.minReports ?? 2)) continue;
    const group = indices.map((i) => reports[i]!);
    const byTime = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const statusCounts: Record<string, number> = {};
    for (const r of group) statusCounts[r.status] = (statusCounts[r.status] ?? 0) + 1;
    campaigns.push({
      id: byTime[0]!.id,
      reportIds: byTime.map((r) => r.id),
      reportCount: group.length,
      distinctReporters: new Set(group.map((r) => r.reporter.toLowerCase())).size,
      firstSeen: byTime[0]!.createdAt,
      lastSeen: byTime[byTime.length - 1]!.createdAt,
      messageKeys: sortedDistinct(group.flatMap((r) => r.messageKeys)),
      rules: sortedDistinct(group.flatMap((r) => r.rules)),
      shared: {
        trackerHosts: sharedKeys(group.map((r) => r.trackerHosts.map((h) => h.toLowerCase()))),
        senders: sharedKeys(group.map((r) => {
          const key = senderKey(r.fromAddress);
          return key ? [key] : [];
        })),
        subjects: sortedDistinct(indices.filter((i) => linkedBySubject[i]).map((i) => subjects[i]!)),
      },
      statusCounts,
    });
  }
  return campaigns.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || a.id.localeCompare(b.id));
}
