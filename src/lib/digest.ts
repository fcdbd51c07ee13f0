/**
 * A short, stable fingerprint of plain data: the same data gives the same string on every
 * machine and every build. Page cache keys are made of these (see catalog/page-keys.ts).
 */
import { createHash } from 'node:crypto';

export function digestOf(value: unknown): string {
  // JSON writes Dates as ISO strings and keeps keys in insertion order, which the schemas fix.
  return createHash('sha256').update(JSON.stringify(value) ?? 'undefined').digest('base64url').slice(0, 24);
}
