// Where a base URL points: this machine (every loopback spelling) or somewhere the data would leave to.

/** IPv4 loopback is the whole 127.0.0.0/8 block; the URL parser has already turned 0x7f.1 into 127.0.0.1. */
const ipv4Loopback = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** IPv6 loopback `[::1]`, and IPv4-mapped loopback, which the URL parser writes as `[::ffff:7f00:1]`. */
function isIpv6Loopback(host: string): boolean {
  if (host === '[::1]') return true;
  const mapped = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(host);
  if (!mapped?.[1]) return false;
  return Number.parseInt(mapped[1], 16) >> 8 === 127;
}

/** True for a host name that always means this machine, however it is spelled. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || ipv4Loopback.test(host) || isIpv6Loopback(host);
}

export function isLocalBaseUrl(raw: string): boolean {
  try {
    return isLoopbackHost(new URL(raw).hostname);
  } catch {
    return false;
  }
}

/** The host a person would recognise, e.g. `api.anthropic.com` or `127.0.0.1:11434`. */
export function destinationOf(raw: string): string {
  try {
    // The origin without its scheme: the host, with the port when it is not the default.
    return new URL(raw).origin.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  } catch {
    return raw;
  }
}

/**
 * The SDK adds `/v1/messages` itself, so a base URL ending in `/v1` (as OpenAI-style docs write it) would
 * ask for `/v1/v1/messages`. Returns the URL without it, and whether anything was removed.
 */
export function withoutVersionSuffix(raw: string): { baseUrl: string; removed: boolean } {
  const trimmed = raw.trim();
  const match = /^(.*?)\/v1\/?$/i.exec(trimmed);
  if (!match?.[1]) return { baseUrl: trimmed.replace(/\/+$/, ''), removed: false };
  return { baseUrl: match[1].replace(/\/+$/, ''), removed: true };
}
