/**
 * XML 1.0 hygiene for feeds. @astrojs/rss escapes `&`, `<`, `>` and quotes, but it writes
 * control characters and lone surrogates as they are, and one of those makes the whole feed
 * unreadable to a strict parser. Every string that reaches a feed passes through xmlSafe.
 */

// Not allowed in XML 1.0 (C0 controls except tab, LF, CR; U+FFFE/FFFF) plus the C1 controls,
// which XML allows but discourages and which never mean anything in an editor's text.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character that XML 1.0 cannot carry removed. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID, '').replace(LONE_SURROGATE, '');
}

/** Escapes text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
