// Makes person-written text and links inert in HTML: every character that could open markup is escaped.
import { isAllowedExternalUrl } from '../security/external-links';

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in text and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/**
 * The URL as the browser would serialize it, only when it passes the app's one allow-list for external links
 * (https:, no credentials, a public host); null otherwise, and the caller shows the link's label as plain text.
 */
export function safeHref(url: string): string | null {
  const trimmed = typeof url === 'string' ? url.trim() : '';
  if (!isAllowedExternalUrl(trimmed)) return null;
  try {
    const href = new URL(trimmed).href;
    return href.startsWith('https://') ? href : null;
  } catch {
    return null;
  }
}
