/**
 * Writes a synthetic corpus of the content model's shape: N notes spread over quarters,
 * topics and entities, with figures, quotes and Markdown bodies. Deterministic for a given N.
 *
 *   node scripts/bench/generate-corpus.ts <out-dir> [notes=400]
 */
import fs from 'node:fs';
import path from 'node:path';
import { quarterOf, quarterSlug } from '../../src/lib/quarters.ts';

const TOPICS = ['ai-capex', 'open-source-models', 'ai-agents', 'earnings', 'chips', 'ai-regulation', 'model-releases', 'market-reaction'];
const ENTITIES = ['Meta', 'Nvidia', 'DeepSeek', 'OpenAI', 'Microsoft', 'Alphabet', 'Anthropic', 'Mistral AI', 'Alibaba', 'Яндекс', '百度', 'Samsung'];

/** A small deterministic PRNG so two runs write the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateCorpus(outDir: string, noteCount: number): { notes: number; quarters: number } {
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const dir of ['topics', 'notes', 'briefs']) fs.mkdirSync(path.join(outDir, dir), { recursive: true });

  for (const slug of TOPICS) {
    const title = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
    fs.writeFileSync(path.join(outDir, 'topics', `${slug}.md`), `---\ntitle: ${title}\ndescription: Notes about ${title.toLowerCase()}.\n---\nAn intro to ${title}.\n`);
  }

  const start = Date.UTC(2022, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  const quarters = new Set<string>();
  for (let i = 0; i < noteCount; i++) {
    const date = new Date(start + Math.floor((rand() * span) / 86_400_000) * 86_400_000);
    const iso = date.toISOString().slice(0, 10);
    quarters.add(quarterSlug(quarterOf(date)));
    const topics = [...new Set([pick(TOPICS), pick(TOPICS)])];
    const entities = [...new Set([pick(ENTITIES), pick(ENTITIES), pick(ENTITIES)])];
    const figures = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) => {
      const value = Math.round(rand() * 1000) / 10;
      return `  - label: Figure ${k + 1}\n    entity: ${entities[0]}\n    value: ${value}\n${k === 0 ? `    upto: ${value + 5}\n` : ''}    unit: USD bn\n    period: ${iso.slice(0, 4)}`;
    });
    const dir = path.join(outDir, 'notes', iso.slice(0, 4));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, `note-${String(i).padStart(5, '0')}.md`),
      [
        '---',
        `title: "Synthetic note ${i}: ${entities[0]} and ${topics[0]}"`,
        `date: ${iso}`,
        `summary: A generated note about ${entities.join(', ')} for the benchmark.`,
        `topics: [${topics.join(', ')}]`,
        `entities: [${entities.join(', ')}]`,
        'source:',
        `  title: Article ${i}`,
        '  publisher: Bench Wire',
        `  url: https://example.com/articles/${i}`,
        `  published: ${iso}`,
        'figures:',
        ...figures,
        'quotes:',
        `  - text: Quote number ${i} from the generated corpus.`,
        '    by: Jane Analyst',
        '    role: Analyst, Bench Research',
        '---',
        `The editor's note on article ${i}. It mentions **${entities[0]}** and links to [the source](https://example.com/articles/${i}).`,
        '',
        '### Why it matters',
        '',
        `- Point one about ${topics[0]}`,
        `- Point two about ${entities.at(-1)}`,
        '',
      ].join('\n'),
    );
  }
  for (const slug of [...quarters].sort().slice(0, -1)) {
    const label = slug.toUpperCase();
    fs.writeFileSync(
      path.join(outDir, 'briefs', `${slug}.md`),
      `---\nquarter: ${label}\ntitle: The ${label} brief\nsummary: What happened in ${label}.\npublished: ${Number(slug.slice(0, 4)) + 1}-01-15\n---\nThe lede of ${label}.\n`,
    );
  }
  return { notes: noteCount, quarters: quarters.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, count = '400'] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node scripts/bench/generate-corpus.ts <out-dir> [notes]');
    process.exit(2);
  }
  const result = generateCorpus(path.resolve(out), Number(count));
  console.log(`wrote ${result.notes} notes over ${result.quarters} quarters to ${out}`);
}
