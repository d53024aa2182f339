// The one gate for links that leave the app: only https:, no credentials, no local or odd hosts.

const blockedHosts = new Set(['localhost', 'localhost.']);

/** Loopback, private, link-local and unspecified IPv4 ranges: addresses that never name a public site. */
function isInternalIpv4(host: string): boolean {
  const parts = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)?.slice(1).map(Number);
  if (!parts) return false;
  const [a = 0, b = 0] = parts;
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  );
}

/** True when `raw` may be opened in the person's browser. */
export function isAllowedExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  if (host === '' || blockedHosts.has(host) || /\.localhost\.?$/.test(host)) return false;
  // An IPv6 literal or an internal IPv4 address points inside a machine or a network, not at a public site.
  if (host.startsWith('[') || isInternalIpv4(host)) return false;
  // A bare IP or a single-label name points inside a network more often than at documentation.
  if (!host.includes('.')) return false;
  return true;
}
