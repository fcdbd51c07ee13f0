/**
 * `site.yaml`, the site's own settings, is checked like every content file: its fields
 * against the one schema, each problem on its line (`content/site.yaml:4 › colors.accent:
 * must be a colour written #rrggbb, got "blue"`). No file is fine: every setting has a default.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteFileSchema } from '../content/schema.ts';
import { SITE_FILE } from '../content/layout.ts';
import { fieldPath } from './field-path.ts';
import type { ContentProblem } from './problem.ts';
import { decodeUtf8 } from './read-content.ts';
import { parseFrontmatterYaml } from './yaml-frontmatter.ts';

export async function checkSiteFile(root: string): Promise<ContentProblem[]> {
  const absRoot = path.resolve(root);
  const file = `${path.basename(absRoot)}/${SITE_FILE}`;
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(absRoot, SITE_FILE));
  } catch {
    return [];
  }
  const text = decodeUtf8(bytes);
  if (text === null) return [{ file, field: 'file', message: 'is not UTF-8 text: save it as UTF-8 in your editor' }];
  const parsed = parseFrontmatterYaml(text, 1);
  if (!parsed.ok) {
    return [{ file, field: parsed.field ?? 'settings', message: parsed.message, line: parsed.line, column: parsed.column }];
  }
  const result = siteFileSchema.safeParse(parsed.data ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    field: issue.path.length ? fieldPath(issue.path) : 'settings',
    message: issue.message,
    line: parsed.lineOf(issue.path),
  }));
}
