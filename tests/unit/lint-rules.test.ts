/**
 * src/lib/lint/rules: each warning rule against the valid base corpus with one planted
 * problem (tests/helpers/bad-corpus.ts). A case runs its rule alone, so the expected list is
 * everything that rule says about that corpus, the base's own findings included.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { LINT_RULES, lintWarnings, type LintFinding } from '../../src/lib/lint/index.ts';
import { makeCorpus, replace, type Mutation } from '../helpers/bad-corpus.ts';

const META = 'notes/2025/meta-q4-2024-earnings.md';
const DEEPSEEK = 'notes/2025/deepseek-r1.mdx';
const CLAUDE = 'notes/2024/claude-computer-use.md';
const BRIEF = 'briefs/2025-q1.md';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-lint-rules-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/** A draft as new-note leaves it: placeholder title, no summary, a TODO in the body. */
const scaffoldedNote = `---
title: "TODO: a headline"
date: 2025-02-01
summary:
topics: [ai-capex]
source:
  title: An article
  publisher: Example Wire
figures:
  - label: Share of revenue
    value: 1
    unit: "%"
draft: true
---
TODO: the editor's note.
`;

const warning = (file: string, line: number, field: string, message: string): LintFinding => ({
  level: 'warning',
  file: `content/${file}`,
  line,
  field,
  message,
});

interface Case {
  rule: string;
  name: string;
  mutations: Record<string, Mutation>;
  findings: LintFinding[];
}

const NO_FIGURES = 'none: add the numbers the source states, so the note counts in "By the numbers" and the charts';
const PUBLISHED = 'will be published as written: replace it, or set `draft: true` until it is done';

const cases: Case[] = [
  {
    rule: 'unfinished-drafts',
    name: 'a scaffolded draft lists its placeholder title, missing summary and body TODO',
    mutations: { 'notes/2025/scaffolded.md': scaffoldedNote },
    findings: [
      warning(
        'notes/2025/scaffolded.md',
        13,
        'draft',
        "a draft (left out of production builds); it still lacks a title (line 2 is a placeholder), a summary, its body's TODO (line 15)",
      ),
    ],
  },
  {
    rule: 'unfinished-drafts',
    name: 'a complete draft brief is ready to publish',
    mutations: { [BRIEF]: replace('published: 2025-04-02\n', 'published: 2025-04-02\ndraft: true\n') },
    findings: [
      warning(BRIEF, 6, 'draft', 'a draft (left out of production builds) with nothing missing: set `draft: false` to publish it'),
    ],
  },
  {
    rule: 'placeholders-published',
    name: 'a published brief keeps a TODO title and a TODO in its lede',
    mutations: {
      [BRIEF]: (text) => replace(/^title: .*$/m, 'title: "TODO: the headline"')(text).replace('The quarter in one line', 'TODO: lede. The quarter in one line'),
    },
    findings: [warning(BRIEF, 3, 'title', `is still a placeholder and ${PUBLISHED}`), warning(BRIEF, 7, 'body', `still has a TODO that ${PUBLISHED}`)],
  },
  {
    rule: 'shared-source-url',
    name: 'two notes cite one article, its link written two ways',
    mutations: { [DEEPSEEK]: replace('  publisher: Example News\n', '  publisher: Example News\n  url: http://PYMNTS.com?utm_source=x#comments\n') },
    findings: [
      warning(META, 10, 'source.url', `content/${DEEPSEEK} cites the same article: one note per article (merge them), or check the link`),
    ],
  },
  {
    rule: 'figure-period-after-date',
    name: 'a figure dated after its note; a plan for next year is not',
    mutations: { [META]: (text) => text.replace('period: 2025-01-29', 'period: 2025-02').replace('period: 2025\n', 'period: 2026\n') },
    findings: [
      warning(
        META,
        28,
        'figures[2].period',
        `2025-02 begins after the note's date (2025-01-29): if "Shares after hours" is a forecast, say so in the label (guidance, plan, outlook …); otherwise check the period`,
      ),
    ],
  },
  {
    rule: 'date-far-from-source',
    name: 'a note dated 45 days before its source',
    mutations: { [META]: replace('published: 2025-01-30', 'published: 2025-03-15') },
    findings: [
      warning(
        META,
        3,
        'date',
        '2025-01-29 is 45 days before its source was published (source.published: 2025-03-15): the date is when the event happened and files the note under its quarter; check both',
      ),
    ],
  },
  {
    rule: 'date-far-from-source',
    name: '30 days apart is still close enough',
    mutations: { [META]: replace('published: 2025-01-30', 'published: 2024-12-30') },
    findings: [],
  },
  {
    rule: 'quote-without-role',
    name: 'a quote without a role',
    mutations: { [META]: replace('    role: CEO, Meta\n', '') },
    findings: [
      warning(META, 30, 'quotes[0].role', '"Mark Zuckerberg" has no role: add one (e.g. `role: CEO, Meta`) so readers know who is speaking'),
    ],
  },
  {
    rule: 'topic-without-notes',
    name: 'a topic no note uses, and one only a draft uses',
    mutations: {
      'topics/chips.md': '---\ntitle: Chips\ndescription: Accelerators and the companies that make them.\n---\n',
      [CLAUDE]: replace('topics: [ai-agents]\n', 'topics: [ai-agents]\ndraft: true\n'),
    },
    findings: [
      warning('topics/ai-agents.md', 2, 'title', 'topic "ai-agents" has draft notes only: its page and feed are empty in production'),
      warning('topics/chips.md', 2, 'title', 'no note has topic "chips": its page and feed are empty (tag a note with it, or delete the topic)'),
    ],
  },
  {
    rule: 'note-without-figures',
    name: 'notes without figures (the base has two; one more planted)',
    mutations: { [META]: (text) => text.replace(/^figures:\n(?: {2}.*\n)+/m, '') },
    findings: [
      warning(CLAUDE, 1, 'figures', NO_FIGURES),
      warning(DEEPSEEK, 1, 'figures', NO_FIGURES),
      warning(META, 1, 'figures', NO_FIGURES),
    ],
  },
];

describe('lint rules: one planted problem each', () => {
  it.each(cases)('$rule: $name', async ({ rule, mutations, findings }) => {
    const root = makeCorpus(path.join(scratch, String(++counter)), mutations);
    const { problems, entries, files } = await loadContent(root);
    expect(problems).toEqual([]); // warnings only: the build accepts all of these
    const only = LINT_RULES.filter((candidate) => candidate.name === rule);
    expect(only).toHaveLength(1);
    expect(lintWarnings({ ...entries, files }, only)).toEqual(findings);
  });

  it('covers every rule of the table', () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(LINT_RULES.map((rule) => rule.name)));
  });
});
