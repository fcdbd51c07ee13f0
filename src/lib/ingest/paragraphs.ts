/**
 * Lines into paragraphs. Scraped text comes two ways: one paragraph per line (blank lines
 * between), or hard-wrapped at some column. A quote or a figure broken over two lines must
 * be read as one, so a line joins the next when it was evidently wrapped.
 */

/** Lines of this length or more that do not end a paragraph were wrapped by a column limit. */
const WRAP_WIDTH = 45;

export function joinWrappedLines(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let previous = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) {
      if (current) paragraphs.push(current);
      current = '';
      previous = '';
      continue;
    }
    if (current && wrapsInto(previous, line)) {
      current = /[-‐]$/.test(current) && /^\p{Ll}/u.test(line) && !/\s\S+-$/.test(current.slice(-3)) ? `${current}${line}` : `${current} ${line}`;
    } else {
      if (current) paragraphs.push(current);
      current = line;
    }
    previous = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function wrapsInto(previous: string, next: string): boolean {
  if (previous.length >= WRAP_WIDTH) return true;
  // A sentence cut mid-way: no closing punctuation and the next line carries on in lower case.
  return !/[.!?:;…"'”»]$/.test(previous) && /^[\p{Ll}\d(“”"'«»„,;–—-]/u.test(next);
}
