/**
 * Malformed MDX (an unclosed tag, a broken `{expression}`, a stray `<`) and components used
 * without an import fail the build deep inside Astro, blaming whichever page or feed was
 * rendering; here they are found up front, with the line in the file. Parse only: no
 * compile, no plugins.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './read-content.ts';

let processor: ReturnType<typeof createProcessor> | undefined;

export function checkMdxBody(entry: ContentFile): ContentProblem[] {
  if (entry.ext !== '.mdx') return [];
  processor ??= createProcessor({ format: 'mdx' });
  try {
    const tree = processor.parse(entry.body) as Root;
    return undefinedComponents(tree).map(({ name, line }) => ({
      file: entry.file,
      field: 'body',
      message: `uses <${name}> but never imports it: add an import line below the frontmatter, e.g. import ${name.split('.')[0]} from '…/${name.split('.')[0]}.astro'`,
      ...(line ? { line: entry.bodyLine + line - 1 } : {}),
    }));
  } catch (thrown) {
    const error = thrown as { reason?: string; message?: string; line?: number; column?: number; cause?: unknown };
    const reason = error.reason ?? error.message ?? String(thrown);
    // Positions inside the message count from the body's start: drop them, ours are the file's.
    let message = reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    // An unclosed tag at the end of the body has no place of its own, only one in the message.
    const inReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    const line = error.line ?? (inReason ? Number(inReason[1]) : undefined);
    const column = error.line ? error.column : inReason ? Number(inReason[2]) : undefined;
    const cause = error.cause instanceof Error ? error.cause.message.replace(/\s*\(\d+:\d+\)$/, '') : '';
    if (cause && !message.includes(cause)) message += `: ${cause}`;
    // MDX reads the lines after an import as part of it until a blank line.
    if (/import\/exports/.test(message)) message += ' (leave a blank line after the import lines)';
    const problem: ContentProblem = { file: entry.file, field: 'body', message: `is not valid MDX: ${message}` };
    if (typeof line === 'number') {
      problem.line = entry.bodyLine + line - 1;
      if (typeof column === 'number') problem.column = column;
    }
    return [problem];
  }
}

interface EstreeProgram {
  body: {
    type: string;
    specifiers?: { local: { name: string } }[];
    declaration?: { type: string; id?: { name: string }; declarations?: { id: { type: string; name?: string } }[] } | null;
  }[];
}

/** Capitalised (or dotted) JSX names that no import or export of the file defines, once each. */
function undefinedComponents(tree: Root): { name: string; line?: number }[] {
  const defined = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    const program = (node.data as { estree?: EstreeProgram } | undefined)?.estree;
    for (const statement of program?.body ?? []) {
      for (const specifier of statement.specifiers ?? []) defined.add(specifier.local.name);
      const declaration = statement.declaration;
      if (declaration?.id) defined.add(declaration.id.name);
      for (const declarator of declaration?.declarations ?? []) if (declarator.id.name) defined.add(declarator.id.name);
    }
  });
  const found = new Map<string, number | undefined>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name;
    if (!name) return; // a fragment
    const root = name.split('.')[0]!;
    const isComponent = name.includes('.') || /^\p{Lu}/u.test(root);
    if (isComponent && !defined.has(root) && !found.has(name)) found.set(name, node.position?.start.line);
  });
  return [...found].map(([name, line]) => ({ name, line }));
}
