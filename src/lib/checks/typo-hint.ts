/**
 * When a required field is missing, a field the schema does not know sitting next to it
 * is most likely that field misspelt (`sumary:`). This says so.
 */
import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';

export function typoHint(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): string {
  const missing = path.at(-1);
  if (typeof missing !== 'string') return '';
  const parent = valueAt(data, path.slice(0, -1));
  const known = objectKeys(schemaAt(schema, path.slice(0, -1)));
  if (!isRecord(parent) || !known) return '';
  const strangers = Object.keys(parent).filter((key) => !known.includes(key));
  const near = strangers
    .map((key) => ({ key, d: distance(key.toLowerCase(), missing.toLowerCase()) }))
    .filter(({ d }) => d <= Math.max(1, Math.floor(missing.length / 3)))
    .sort((a, b) => a.d - b.d || (a.key < b.key ? -1 : 1))[0];
  return near ? ` (found "${near.key}": a misspelling of "${missing}"?)` : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

interface Def {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
}

const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** Looks through optional/default/pipe wrappers to the schema that does the work. */
function unwrap(schema: unknown): unknown {
  for (let i = 0; i < 10; i++) {
    const def = defOf(schema);
    if (!def) return schema;
    if (def.innerType) schema = def.innerType;
    else if (def.type === 'pipe' && def.in) schema = def.in;
    else return schema;
  }
  return schema;
}

function schemaAt(schema: unknown, path: readonly PropertyKey[]): unknown {
  let current = unwrap(schema);
  for (const segment of path) {
    const def = defOf(current);
    if (def?.type === 'object' && typeof segment === 'string') current = unwrap(def.shape?.[segment]);
    else if (def?.type === 'array' && typeof segment === 'number') current = unwrap(def.element);
    else return undefined;
  }
  return current;
}

function objectKeys(schema: unknown): string[] | undefined {
  const def = defOf(schema);
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/**
 * The known slug an editor most likely meant by `wanted`: one that starts with it
 * (`meta-q4` → `meta-q4-2024-earnings`), else the nearest by edit distance when it is near
 * enough to be a slip rather than another name; null when nothing is close.
 */
export function closestSlug(wanted: string, known: readonly string[]): string | null {
  const lower = wanted.toLowerCase();
  const extended = known.filter((slug) => slug.startsWith(lower)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  if (extended) return extended;
  const near = known
    .map((slug) => ({ slug, d: distance(slug, lower) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(lower.length / 3)))
    .sort((a, b) => a.d - b.d || (a.slug < b.slug ? -1 : 1))[0];
  return near?.slug ?? null;
}
