/**
 * The "Bad input" contract (SPEC.md): one message per problem naming file, field and what
 * is wrong. Each case is the valid base corpus (tests/fixtures/bad/base) with one mutation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems, inspectContent } from '../../src/lib/checks/check-content.ts';
import type { ContentProblem } from '../../src/lib/checks/check-content.ts';
import { loadCheckCache, saveCheckCache } from '../../src/lib/checks/check-cache.ts';
import { readContent } from '../../src/lib/checks/read-content.ts';
import { noteSchema } from '../../src/lib/content/schema.ts';
import { baseCorpus, baseFile, makeCorpus, replace } from '../helpers/bad-corpus.ts';
import type { Mutation } from '../helpers/bad-corpus.ts';

const META = 'notes/2025/meta-q4-2024-earnings.md';
const DEEPSEEK = 'notes/2025/deepseek-r1.mdx';
const BRIEF = 'briefs/2025-q1.md';
const N = `content/${META}`;
const D = `content/${DEEPSEEK}`;
const B = `content/${BRIEF}`;

let scratch: string;
let counter = 0;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-checks-'));
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A fresh corpus folder per call. */
function corpus(mutations: Record<string, Mutation>): string {
  return makeCorpus(path.join(scratch, String(++counter)), mutations);
}

interface Case {
  name: string;
  mutations: Record<string, Mutation>;
  problems: ContentProblem[];
}

const cases: Case[] = [
  // Missing and empty required fields
  {
    name: 'missing required field (no summary)',
    mutations: { [META]: replace(/^summary: .*\n/m, '') },
    problems: [{ file: N, field: 'summary', message: 'is required' }],
  },
  {
    name: 'misspelt required field is pointed out',
    mutations: { [META]: replace(/^summary:/m, 'sumary:') },
    problems: [{ file: N, field: 'summary', message: 'is required (found "sumary": a misspelling of "summary"?)' }],
  },
  {
    name: 'missing nested required field (source.publisher)',
    mutations: { [META]: replace('  publisher: PYMNTS\n', '') },
    problems: [{ file: N, field: 'source.publisher', message: 'is required', line: 7 }],
  },
  {
    name: 'missing required mapping (no source)',
    mutations: { [DEEPSEEK]: replace(/^source:\n(  .*\n)+/m, '') },
    problems: [{ file: D, field: 'source', message: 'is required' }],
  },
  {
    name: 'missing required field in a topic (description)',
    mutations: { 'topics/earnings.md': replace(/^description: .*\n/m, '') },
    problems: [{ file: 'content/topics/earnings.md', field: 'description', message: 'is required' }],
  },
  {
    name: 'missing required field in a brief (published)',
    mutations: { [BRIEF]: replace(/^published: .*\n/m, '') },
    problems: [{ file: B, field: 'published', message: 'is required' }],
  },
  {
    name: 'empty required field (title: "")',
    mutations: { [META]: replace(/^title: .*$/m, 'title: ""') },
    problems: [{ file: N, field: 'title', message: 'must not be empty', line: 2 }],
  },
  {
    name: 'blank required field (summary: with no value)',
    mutations: { [META]: replace(/^summary: .*$/m, 'summary:') },
    problems: [{ file: N, field: 'summary', message: 'must not be empty', line: 4 }],
  },
  {
    name: 'empty required field in a figure (unit: "")',
    mutations: { [META]: replace('unit: USD bn\n    period: 2024-Q4', 'unit: ""\n    period: 2024-Q4') },
    problems: [{ file: N, field: 'figures[0].unit', message: 'must not be empty', line: 16 }],
  },
  // Dates as written
  {
    name: 'non-existent date in date (2025-02-30)',
    mutations: { [META]: replace('date: 2025-01-29', 'date: 2025-02-30') },
    problems: [{ file: N, field: 'date', message: '"2025-02-30" is not a date that exists', line: 3 }],
  },
  {
    name: 'non-existent date in source.published (2025-02-30)',
    mutations: { [META]: replace('published: 2025-01-30', 'published: 2025-02-30') },
    problems: [{ file: N, field: 'source.published', message: '"2025-02-30" is not a date that exists', line: 11 }],
  },
  {
    name: 'non-existent date in a brief (2025-04-31)',
    mutations: { [BRIEF]: replace('published: 2025-04-02', 'published: 2025-04-31') },
    problems: [{ file: B, field: 'published', message: '"2025-04-31" is not a date that exists', line: 5 }],
  },
  {
    name: 'date not written YYYY-MM-DD',
    mutations: { [META]: replace('date: 2025-01-29', 'date: 29/01/2025') },
    problems: [{ file: N, field: 'date', message: 'must be a date written YYYY-MM-DD, got "29/01/2025"', line: 3 }],
  },
  // Figures
  {
    name: 'bad period (2024-Q5)',
    mutations: { [META]: replace('period: 2024-Q4', 'period: 2024-Q5') },
    problems: [
      {
        file: N,
        field: 'figures[0].period',
        message: '"2024-Q5" is not a period: use YYYY, YYYY-QN, YYYY-MM or YYYY-MM-DD',
        line: 17,
      },
    ],
  },
  {
    name: 'upto below value',
    mutations: { [META]: replace('upto: 65', 'upto: 55') },
    problems: [{ file: N, field: 'figures[1].upto', message: 'must not be below value (60), got 55', line: 21 }],
  },
  {
    name: 'value not a number',
    mutations: { [META]: replace('value: 48.4', 'value: 48.4 bn') },
    problems: [{ file: N, field: 'figures[0].value', message: 'must be a number, got "48.4 bn"', line: 15 }],
  },
  {
    name: 'figures not a list',
    mutations: { [DEEPSEEK]: replace('source:', 'figures: 5\nsource:') },
    problems: [{ file: D, field: 'figures', message: 'must be a list of figures, got 5', line: 7 }],
  },
  // URLs
  {
    name: 'javascript: URL in source.url',
    mutations: { [META]: replace('url: https://www.pymnts.com/', 'url: "javascript:alert(1)"') },
    problems: [{ file: N, field: 'source.url', message: 'must be an http(s) URL, got "javascript:alert(1)"', line: 10 }],
  },
  // Topics
  {
    name: 'unknown topic suggests the closest known one',
    mutations: { [META]: replace('topics: [ai-capex, earnings]', 'topics: [earnings, ai-capx]') },
    problems: [{ file: N, field: 'topics[1]', message: 'unknown topic "ai-capx"; did you mean "ai-capex"?', line: 5 }],
  },
  {
    name: 'unknown topic in a block list, wrong case',
    mutations: { [DEEPSEEK]: replace('  - open-source-models', '  - Open-Source-Models') },
    problems: [
      {
        file: D,
        field: 'topics[0]',
        message: 'unknown topic "Open-Source-Models"; did you mean "open-source-models"?',
        line: 6,
      },
    ],
  },
  {
    name: 'empty topics list',
    mutations: { [META]: replace('topics: [ai-capex, earnings]', 'topics: []') },
    problems: [{ file: N, field: 'topics', message: 'must name at least one topic', line: 5 }],
  },
  {
    name: 'topic listed twice',
    mutations: { [META]: replace('topics: [ai-capex, earnings]', 'topics: [ai-capex, earnings, ai-capex]') },
    problems: [{ file: N, field: 'topics[2]', message: '"ai-capex" is already listed as topics[0]', line: 5 }],
  },
  {
    name: 'a topic no note uses is fine',
    mutations: { 'topics/unused.md': '---\ntitle: Unused\ndescription: Nobody tags this.\n---\n' },
    problems: [],
  },
  // Slugs
  {
    name: 'duplicate note slug across sub-folders (case-insensitive)',
    mutations: { 'notes/2024/Meta-Q4-2024-Earnings.md': baseFile(META) },
    problems: [
      {
        file: 'content/notes/2024/Meta-Q4-2024-Earnings.md',
        field: 'file name',
        message:
          'another note has the slug "meta-q4-2024-earnings": content/notes/2025/meta-q4-2024-earnings.md ' +
          '(slugs must be unique across sub-folders)',
      },
    ],
  },
  // Briefs
  {
    name: 'brief quarter does not match its file name',
    mutations: { [BRIEF]: replace('quarter: 2025-Q1', 'quarter: 2025-Q2') },
    problems: [
      { file: B, field: 'quarter', message: '"2025-Q2" does not match the file name 2025-q1.md, which says 2025-Q1', line: 2 },
    ],
  },
  {
    name: 'two briefs for one quarter',
    mutations: { 'briefs/2025-q1.mdx': baseFile(BRIEF) },
    problems: [
      { file: B, field: 'file name', message: 'two briefs for 2025-Q1: content/briefs/2025-q1.md and content/briefs/2025-q1.mdx' },
    ],
  },
  {
    name: 'brief file name not of the form YYYY-qN',
    mutations: { 'briefs/2024-q4.md': null, 'briefs/q4-2024.md': baseFile('briefs/2024-q4.md') },
    problems: [
      {
        file: 'content/briefs/q4-2024.md',
        field: 'file name',
        message: 'a brief must be named YYYY-qN.md after its quarter (e.g. 2025-q1.md), got "q4-2024.md"',
      },
    ],
  },
  {
    name: 'brief quarter not written YYYY-QN',
    mutations: { [BRIEF]: replace('quarter: 2025-Q1', 'quarter: 2025Q1') },
    problems: [{ file: B, field: 'quarter', message: 'must be written YYYY-QN, e.g. 2025-Q1, got "2025Q1"', line: 2 }],
  },
  // Other types
  {
    name: 'draft not boolean (draft: yes)',
    mutations: { [META]: replace('draft: false', 'draft: yes') },
    problems: [{ file: N, field: 'draft', message: 'must be true or false, got "yes"', line: 33 }],
  },
  // Malformed files
  {
    name: 'malformed YAML (a colon inside a plain title)',
    mutations: { [META]: replace(/^title: .*$/m, 'title: Zuckerberg: DeepSeek is no threat') },
    problems: [
      {
        file: N,
        field: 'title',
        message: 'has ": " in its value, which YAML reads as another field: put the value in quotes (title: "Zuckerberg: DeepSeek is no threat")',
        line: 2,
        column: 8,
      },
    ],
  },
  {
    name: 'malformed YAML (a colon inside a nested value names its field)',
    mutations: { [META]: replace('  - text: There\'s going to be an open-source standard globally', '  - text: He said: there\'s going to be a standard') },
    problems: [
      {
        file: N,
        field: 'quotes[0].text',
        message: 'has ": " in its value, which YAML reads as another field: put the value in quotes (text: "He said: there\'s going to be a standard")',
        line: 30,
        column: 11,
      },
    ],
  },
  {
    name: 'malformed YAML (a key written twice)',
    mutations: { [BRIEF]: replace('summary:', 'title: Again\nsummary:') },
    problems: [{ file: B, field: 'frontmatter', message: 'is not valid YAML: Map keys must be unique', line: 4, column: 1 }],
  },
  {
    name: 'malformed MDX (an unclosed tag)',
    mutations: { [DEEPSEEK]: (text) => `${text}\n<div>\n\nNever closed.\n` },
    problems: [{ file: D, field: 'body', message: 'is not valid MDX: Expected a closing tag for `<div>`', line: 15, column: 1 }],
  },
  {
    name: 'malformed MDX (a broken expression)',
    mutations: { [DEEPSEEK]: replace('{/* an MDX comment */}', 'Costs {1 +} nothing') },
    problems: [
      {
        file: D,
        field: 'body',
        message: 'is not valid MDX: Could not parse expression with acorn: Unexpected token',
        line: 13,
        column: 11,
      },
    ],
  },
  {
    name: 'MDX syntax in a .md file is plain Markdown, not an error',
    mutations: { [META]: (text) => `${text}\n<div>\n\n{1 +}\n` },
    problems: [],
  },
  {
    name: 'missing frontmatter',
    mutations: { 'topics/earnings.md': 'Earnings\n\nQuarterly results.\n' },
    problems: [
      {
        file: 'content/topics/earnings.md',
        field: 'frontmatter',
        message: 'is missing: the file must start with a --- line, then YAML fields, then a --- line',
      },
    ],
  },
  {
    name: 'unclosed frontmatter',
    mutations: { 'topics/earnings.md': '---\ntitle: Earnings\ndescription: Results.\n\nBody.\n' },
    problems: [
      { file: 'content/topics/earnings.md', field: 'frontmatter', message: 'is not closed: no --- line after the YAML fields', line: 1 },
    ],
  },
  {
    name: 'frontmatter that is a list, not fields',
    mutations: { 'topics/earnings.md': '---\n- title\n- description\n---\n' },
    problems: [
      {
        file: 'content/topics/earnings.md',
        field: 'frontmatter',
        message: 'must be YAML fields (`name: value` lines), not a single value or a list',
        line: 2,
      },
    ],
  },
  {
    name: 'empty frontmatter reports each required field',
    mutations: { 'topics/earnings.md': '---\n---\nBody.\n' },
    problems: [
      { file: 'content/topics/earnings.md', field: 'description', message: 'is required' },
      { file: 'content/topics/earnings.md', field: 'title', message: 'is required' },
    ],
  },
  // Files that are not UTF-8
  {
    name: 'a Latin-1 file is refused by name, on the line of its first foreign byte',
    mutations: { 'topics/earnings.md': Buffer.from('---\ntitle: Earnings\ndescription: R\xe9sultats.\n---\n', 'latin1') },
    problems: [
      {
        file: 'content/topics/earnings.md',
        field: 'file',
        message: 'is not UTF-8 text: save it as UTF-8 in your editor (its accented letters would otherwise be lost)',
        line: 3,
      },
    ],
  },
  // Entity files
  {
    name: 'an entity file without its description',
    mutations: { 'entities/meta.md': '---\nname: Meta\n---\n' },
    problems: [{ file: 'content/entities/meta.md', field: 'description', message: 'is required' }],
  },
  {
    name: 'one alias on two entity files names both',
    mutations: {
      'entities/alphabet.md': '---\nname: Alphabet\ndescription: Google\'s parent.\naliases: [Google]\n---\n',
      'entities/google-llc.md': '---\nname: Google LLC\ndescription: The search company.\naliases: [Google, GOOG]\n---\n',
    },
    problems: [
      {
        file: 'content/entities/google-llc.md',
        field: 'aliases[0]',
        message: '"Google" is also an alias of content/entities/alphabet.md ("Alphabet"): an alias may belong to one entity only',
        line: 4,
      },
    ],
  },
  {
    name: 'an alias that is another entity\'s name names both files',
    mutations: {
      'entities/meta.md': '---\nname: Meta\ndescription: Facebook\'s parent.\naliases: [Facebook, DeepSeek]\n---\n',
      'entities/deepseek.md': '---\nname: DeepSeek\ndescription: A Chinese AI lab.\n---\n',
    },
    problems: [
      {
        file: 'content/entities/meta.md',
        field: 'aliases[1]',
        message: '"DeepSeek" is the name of another entity, content/entities/deepseek.md ("DeepSeek"): remove the alias, or merge the two files',
        line: 4,
      },
    ],
  },
  // A brief's picks for "By the numbers"
  {
    name: 'a pick that names no note of the quarter suggests the closest',
    mutations: { [BRIEF]: replace('published: 2025-04-02\n', 'published: 2025-04-02\nnumbers:\n  - note: meta-q4-2024-earning\n    figure: Q4 2024 revenue\n') },
    problems: [
      {
        file: B,
        field: 'numbers[0].note',
        message: '"meta-q4-2024-earning" is not a note of 2025-Q1; did you mean "meta-q4-2024-earnings"?',
        line: 7,
      },
    ],
  },
  {
    name: 'a pick that names no figure of its note suggests the closest label',
    mutations: { [BRIEF]: replace('published: 2025-04-02\n', 'published: 2025-04-02\nnumbers:\n  - note: meta-q4-2024-earnings\n    figure: Q4 2024 revenue\n  - note: meta-q4-2024-earnings\n    figure: 2025 capex\n') },
    problems: [
      {
        file: B,
        field: 'numbers[1].figure',
        message: 'note "meta-q4-2024-earnings" has no figure labelled "2025 capex"; did you mean "2025 capex plan"?',
        line: 10,
      },
    ],
  },
  {
    name: 'a pick of a note from another quarter',
    mutations: { [BRIEF]: replace('published: 2025-04-02\n', 'published: 2025-04-02\nnumbers:\n  - note: claude-computer-use\n    figure: anything\n') },
    problems: [
      {
        file: B,
        field: 'numbers[0].note',
        message: '"claude-computer-use" is not a note of 2025-Q1; did you mean "deepseek-r1"?',
        line: 7,
      },
    ],
  },
  {
    name: 'an MDX component used without an import names the file and line',
    mutations: { [DEEPSEEK]: (text) => `${text}\n<PullQuote by="Someone">Too early to tell.</PullQuote>\n\n<Aside>Fine.</Aside>\n` },
    problems: [
      {
        file: D,
        field: 'body',
        message: "uses <PullQuote> but never imports it: add an import line below the frontmatter, e.g. import PullQuote from '…/PullQuote.astro'",
        line: 15,
      },
      {
        file: D,
        field: 'body',
        message: "uses <Aside> but never imports it: add an import line below the frontmatter, e.g. import Aside from '…/Aside.astro'",
        line: 17,
      },
    ],
  },
  {
    name: 'an import line needs a blank line after it, and the message says so',
    mutations: { [DEEPSEEK]: (text) => text.replace(/\n---\n/, "\n---\nimport { PullQuote } from 'quarterdeck/components';\n") },
    problems: [
      {
        file: D,
        field: 'body',
        message:
          'is not valid MDX: Could not parse import/exports with acorn: Unterminated string constant (leave a blank line after the import lines)',
        line: 12,
        column: 9,
      },
    ],
  },
  {
    name: 'an MDX component that is imported is fine',
    mutations: { [DEEPSEEK]: (text) => text.replace(/\n---\n/, "\n---\nimport { PullQuote } from 'quarterdeck/components';\n\n") + '\n<PullQuote by="Someone">Too early.</PullQuote>\n' },
    problems: [],
  },
  // Links from a body to the site's own pages
  {
    name: 'a link to a note that does not exist suggests the closest slug',
    mutations: { [META]: replace("the capex plan stood.", 'the capex plan stood. See [the model](/notes/deepseek-r2/) and [more](/notes/other-slug/).') },
    problems: [
      { file: N, field: 'body', message: 'the link /notes/deepseek-r2/ leads to no note; did you mean /notes/deepseek-r1/?', line: 35 },
      { file: N, field: 'body', message: 'the link /notes/other-slug/ leads to no note: no note has the slug "other-slug"', line: 35 },
    ],
  },
  {
    name: 'links to a topic, an entity and a quarter that do not exist',
    mutations: {
      [BRIEF]: replace('The quarter in one line: spending held.', 'Spending held ([capex](/topics/ai-capx/)).\n\nMeta: [page](/entities/mta/); before: [Q3](/briefs/2024-q3/#notes).'),
    },
    problems: [
      { file: B, field: 'body', message: 'the link /topics/ai-capx/ leads to no topic; did you mean /topics/ai-capex/?', line: 7 },
      { file: B, field: 'body', message: 'the link /briefs/2024-q3/#notes leads to no brief; did you mean /briefs/2024-q4/?', line: 9 },
      { file: B, field: 'body', message: 'the link /entities/mta/ leads to no entity; did you mean /entities/meta/?', line: 9 },
    ],
  },
  {
    name: 'a published note may not link to a draft; an alias link points at its entity',
    mutations: {
      'notes/2024/claude-computer-use.md': replace(/^title: /m, 'draft: true\ntitle: '),
      'entities/meta.md': '---\nname: Meta\ndescription: Facebook\'s parent.\naliases: [Facebook]\n---\n',
      [META]: replace("the capex plan stood.", 'the capex plan stood.\n\nSee [Claude](/notes/claude-computer-use/) and [Facebook](/entities/facebook/).'),
    },
    problems: [
      {
        file: N,
        field: 'body',
        message: 'the link /entities/facebook/ names an alias, which has no page of its own: link /entities/meta/ instead',
        line: 37,
      },
      {
        file: N,
        field: 'body',
        message: 'the link /notes/claude-computer-use/ leads to a draft note, which is not published: publish it (draft: false) or remove the link',
        line: 37,
      },
    ],
  },
  {
    name: 'a JSX link in MDX is checked too',
    mutations: { [DEEPSEEK]: (text) => `${text}\n<a href="/notes/meta-q4/">Meta</a>\n` },
    problems: [
      { file: D, field: 'body', message: 'the link /notes/meta-q4/ leads to no note; did you mean /notes/meta-q4-2024-earnings/?', line: 15 },
    ],
  },
];

describe('checkContent: one case per rule', () => {
  it.each(cases)('$name', async ({ mutations, problems }) => {
    expect(await checkContent(corpus(mutations))).toEqual(problems);
  });
});

describe('checkContent with the findings of earlier runs (check-cache.ts): the same messages', () => {
  // One cache file through all the cases, as a build would keep it: the base files are found
  // in it from the second case on, each mutated file is checked afresh, then found too.
  const cacheFile = () => path.join(scratch, 'content-checks.bin');
  it.each(cases)('$name', async ({ mutations, problems }) => {
    const root = corpus(mutations);
    for (const run of ['first', 'again']) {
      const cache = loadCheckCache(cacheFile(), 'checks-test');
      expect({ run, problems: (await inspectContent(root, cache)).problems }).toEqual({ run, problems });
      if (run === 'again') expect(cache.misses).toBe(0);
      saveCheckCache(cacheFile(), cache);
    }
  });
});

describe('checkContent', () => {
  it('finds no problem in the valid base corpus', async () => {
    const report = await inspectContent(baseCorpus);
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ topics: 4, notes: 3, briefs: 2, entities: 0 });
  });

  it('accepts period: 2025 (a number) and period: 2025-01-29 (a date), as written', async () => {
    const { files } = await readContent(baseCorpus);
    const note = files.find((f) => f.file === `base/${META}`)!;
    const figures = note.data!.figures as { period: unknown }[];
    expect(figures.map((f) => f.period)).toEqual(['2024-Q4', 2025, '2025-01-29']);
    const parsed = noteSchema.parse(note.data);
    expect(parsed.figures.map((f) => f.period)).toEqual(['2024-Q4', '2025', '2025-01-29']);
    // Astro's YAML parser hands the same fields over as a number and a Date: same result.
    const asAstroSees = { ...note.data, date: new Date('2025-01-29'), figures: [{ ...figures[2], period: new Date('2025-01-29') }] };
    expect(noteSchema.parse(asAstroSees).figures[0]!.period).toBe('2025-01-29');
  });

  it('reports every problem of every file, one message each, in a stable order', async () => {
    const root = corpus({
      [META]: (text) =>
        replace('date: 2025-01-29', 'date: 2025-02-30')(
          replace('url: https://www.pymnts.com/', 'url: "javascript:alert(1)"')(
            replace('topics: [ai-capex, earnings]', 'topics: [ai-capx, earnings]')(text),
          ),
        ),
      [BRIEF]: replace('quarter: 2025-Q1', 'quarter: 2025-Q2'),
      'topics/earnings.md': replace(/^title: .*$/m, 'title: ""'),
    });
    const problems = await checkContent(root);
    expect(problems).toEqual([
      { file: B, field: 'quarter', message: '"2025-Q2" does not match the file name 2025-q1.md, which says 2025-Q1', line: 2 },
      { file: N, field: 'date', message: '"2025-02-30" is not a date that exists', line: 3 },
      { file: N, field: 'topics[0]', message: 'unknown topic "ai-capx"; did you mean "ai-capex"?', line: 5 },
      { file: N, field: 'source.url', message: 'must be an http(s) URL, got "javascript:alert(1)"', line: 10 },
      { file: 'content/topics/earnings.md', field: 'title', message: 'must not be empty', line: 2 },
    ]);
    expect(await checkContent(root)).toEqual(problems);
  });

  it('says so when there are no topics at all', async () => {
    const root = corpus({
      'topics/ai-agents.md': null,
      'topics/ai-capex.md': null,
      'topics/earnings.md': null,
      'topics/open-source-models.md': null,
    });
    const problems = await checkContent(root);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toEqual({
      file: 'content/notes/2024/claude-computer-use.md',
      field: 'topics[0]',
      message: 'unknown topic "ai-agents"; there are no topics in content/topics/',
      line: 5,
    });
  });

  it('reports a content folder that does not exist', async () => {
    const missing = path.join(scratch, 'nowhere', 'content');
    expect(await checkContent(missing)).toEqual([
      { file: 'content/', field: 'folder', message: `content folder not found: ${missing}` },
    ]);
  });

  it('reads only .md and .mdx files, skipping dot-files', async () => {
    const root = corpus({
      'notes/2025/.draft.md': '---\nnot: valid\n',
      'notes/2025/readme.txt': 'not content',
      'topics/.DS_Store': '\u0000',
    });
    expect(await checkContent(root)).toEqual([]);
  });
});

describe('formatProblems', () => {
  it('prints a header and one line per problem: file:line › field: message', () => {
    const problems: ContentProblem[] = [
      { file: 'content/briefs/2025-q1.md', field: 'quarter', message: '"2025-Q2" does not match', line: 2 },
      { file: 'content/notes/2025/x.mdx', field: 'body', message: 'is not valid MDX: boom', line: 15, column: 1 },
      { file: 'content/notes/2025/x.mdx', field: 'summary', message: 'is required' },
    ];
    const cwd = path.resolve('/srv/site');
    expect(formatProblems(problems, path.join(cwd, 'content'), cwd)).toBe(
      [
        'Quarterdeck found 3 problems in content/:',
        '  content/briefs/2025-q1.md:2 › quarter: "2025-Q2" does not match',
        '  content/notes/2025/x.mdx:15:1 › body: is not valid MDX: boom',
        '  content/notes/2025/x.mdx › summary: is required',
      ].join('\n'),
    );
    expect(formatProblems(problems.slice(0, 1), '/elsewhere/content', cwd)).toMatch(
      /^Quarterdeck found 1 problem in \/elsewhere\/content\/:\n/,
    );
  });
});
