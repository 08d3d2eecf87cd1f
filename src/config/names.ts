// Checks and normalisation for domain names and addresses in the policy. These
// run on configuration written by IT, not on message content, but stay simple
// string scans anyway. Domains are compared in their ASCII (punycode) form,
// which is what URL parsing produces for links in messages.

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Lower-cases, trims, drops a trailing dot and converts an IDN to punycode. */
export function normaliseDomain(value: string): string {
  const trimmed = value.trim().toLowerCase().replace(/\.$/, '');
  if (trimmed === '' || /[\s/@:?#]/.test(trimmed)) return trimmed;
  try {
    return new URL(`http://${trimmed}/`).hostname || trimmed;
  } catch {
    return trimmed;
  }
}

export function isDomainName(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split('.');
  if (labels.length < 2) return false;
  // The top-level label is never all digits; this also rejects IPv4 addresses.
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((label) => LABEL.test(label));
}

export function normaliseAddress(value: string): string {
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return trimmed.toLowerCase();
  return `${trimmed.slice(0, at).toLowerCase()}@${normaliseDomain(trimmed.slice(at + 1))}`;
}

export function isAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at > 64) return false;
  const local = value.slice(0, at);
  if (/[\s<>(),;:"\\[\]@]/.test(local)) return false;
  return isDomainName(value.slice(at + 1));
}

/** trustedSenders may name a whole domain or one address. */
export function normaliseAddressOrDomain(value: string): string {
  return value.includes('@') ? normaliseAddress(value) : normaliseDomain(value);
}

export function isAddressOrDomain(value: string): boolean {
  return value.includes('@') ? isAddress(value) : isDomainName(value);
}
