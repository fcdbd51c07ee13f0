/**
 * JSON-LD as the text of a `<script type="application/ld+json">`. JSON.stringify alone lets a
 * title such as `</script><script>…` close the element, so every character that HTML's
 * script-data parsing cares about is written as a JSON escape: the parsed data is unchanged.
 */
import type { Thing, WithContext } from 'schema-dts';

const UNSAFE = /[<>&\u2028\u2029]/g;
const escapeChar = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function jsonLdText(data: WithContext<Thing> | WithContext<Thing>[]): string {
  return JSON.stringify(data).replace(UNSAFE, escapeChar);
}
