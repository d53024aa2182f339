// The one gate for links that leave the app: only https:, no credentials, no local or odd hosts.

const blockedHosts = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);

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
  if (host === '' || blockedHosts.has(host) || host.endsWith('.localhost')) return false;
  // A bare IP or a single-label name points inside a network more often than at documentation.
  if (!host.includes('.')) return false;
  return true;
}
