// Web addresses as people type them: "github.com/me/rag" gets https:// added, and one that cannot be saved is
// named with the reason, in a sentence.
import { isAllowedExternalUrl } from '../security/external-links';

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

/** Adds https:// to an address typed without a scheme ("github.com/me/rag", "//example.com"); else unchanged. */
export function withHttps(raw: string): string {
  const address = raw.trim();
  if (address === '') return '';
  if (address.startsWith('//')) return `https:${address}`;
  // "host:8080/path" is a host and port, not a scheme.
  if (hasScheme.test(address) && !/^[^/:]+:\d+(\/|$)/.test(address)) return address;
  return `https://${address}`;
}

/**
 * Why an address cannot be saved, as a sentence naming the field by its on-screen label; null when it can
 * (after `withHttps`). Only public https addresses open from the app.
 */
export function addressProblem(raw: string, fieldLabel = 'The link'): string | null {
  const address = withHttps(raw);
  if (address === '') return null;
  if (/\s/.test(address)) return `${fieldLabel} has a space in it; a web address has none.`;
  if (/^http:\/\//i.test(address))
    return `${fieldLabel} starts with http://; only https:// addresses can be saved, so use the https one.`;
  if (!/^https:\/\//i.test(address))
    return `${fieldLabel} is not a web address (it starts with “${address.split(':')[0]}:”); use an https:// address.`;
  if (address.length > 2048) return `${fieldLabel} is longer than 2,048 characters.`;
  if (!isAllowedExternalUrl(address))
    return `${fieldLabel} “${address}” is not a public site; use an address such as https://github.com/you/project.`;
  return null;
}
