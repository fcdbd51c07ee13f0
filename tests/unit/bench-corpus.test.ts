/**
 * The benchmark's generated corpus (scripts/bench/): deterministic, valid by the content
 * schemas and the build's own checks, and the same notes in the Hugo site it is compared
 * with. No build runs here, and nothing is timed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inspectContent } from '../../src/lib/checks/check-content.ts';
import { briefSchema, entitySchema, noteSchema, topicSchema } from '../../src/lib/content/schema.ts';
import { corpusFiles, noteFile, renderFile, writeCorpus } from '../../scripts/bench/corpus.ts';
import { writeHugoSite } from '../../scripts/bench/hugo-site.ts';
import { buildCorpusModel, withEditedBody, withEditedFigure, type CorpusModel } from '../../scripts/bench/model.ts';

const NOTES = 200;
let tmp: string;
let model: CorpusModel;
let root: string;

/** Every file under `dir`, relative, sorted, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
    .sort();
  return new Map(files.map((rel) => [rel, fs.readFileSync(path.join(dir, rel), 'utf8')]));
}

function frontmatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return parse(match[1]!) as Record<string, unknown>;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-bench-corpus-'));
  model = buildCorpusModel({ notes: NOTES });
  root = path.join(tmp, 'a', 'content');
  writeCorpus(root, model);
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('bench corpus', () => {
  it('is deterministic: two runs write identical files', () => {
    const again = path.join(tmp, 'b', 'content');
    writeCorpus(again, buildCorpusModel({ notes: NOTES }));
    const first = snapshot(root);
    const second = snapshot(again);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [rel, text] of first) expect(second.get(rel), rel).toBe(text);
  });

  it('has the shape asked for', () => {
    const counts = { topics: 0, notes: 0, briefs: 0, entities: 0 };
    for (const file of corpusFiles(model)) counts[file.kind]++;
    expect(counts).toEqual({ topics: 25, notes: NOTES, briefs: 16, entities: model.entityFiles.length });
    expect(model.quarters).toHaveLength(16);
    expect(model.entityNames.length).toBeGreaterThanOrEqual(140);
    expect(model.entityFiles.some((entity) => entity.aliases.length > 0)).toBe(true);
    expect(model.briefs.some((brief) => brief.numbers?.length)).toBe(true);
    expect(model.notes.some((note) => /\p{Script=Cyrillic}/u.test(note.title))).toBe(true);
    expect(model.notes.some((note) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(note.title))).toBe(true);
    expect(model.entityNames.some((name) => /\p{Script=Cyrillic}/u.test(name))).toBe(true);
    expect(model.entityNames.some((name) => /\p{Script=Han}/u.test(name))).toBe(true);
    // Metric keys tie figures of several notes into one series.
    const series = new Map<string, number>();
    for (const note of model.notes) for (const f of note.figures) if (f.metric) series.set(`${f.entity} ${f.metric}`, (series.get(`${f.entity} ${f.metric}`) ?? 0) + 1);
    expect(Math.max(...series.values())).toBeGreaterThan(1);
    for (const note of model.notes) {
      expect(note.body).toMatch(/\]\(\/notes\/[^/)]+\/\)/);
      expect(note.body).toMatch(/^### /m);
      expect(note.body).toMatch(/^- /m);
    }
  });

  it('writes every file so that it validates against its schema', () => {
    const schemas = { topics: topicSchema, notes: noteSchema, briefs: briefSchema, entities: entitySchema };
    for (const file of corpusFiles(model)) {
      const text = fs.readFileSync(path.join(root, ...file.rel.split('/')), 'utf8');
      const data = frontmatter(text);
      expect(data, file.rel).toEqual(file.data);
      const result = schemas[file.kind].safeParse(data);
      expect(result.success ? [] : result.error.issues, file.rel).toEqual([]);
    }
  });

  it('passes the build’s content checks', async () => {
    const report = await inspectContent(root);
    expect(report.problems).toEqual([]);
    expect(report.counts.notes).toBe(NOTES);
  });

  it('fails loudly on a generator bug', () => {
    const note = model.notes.find((n) => n.figures.length)!;
    const broken = { ...note, figures: [{ ...note.figures[0]!, value: 10, upto: 5 }] };
    expect(() => renderFile(noteFile(broken))).toThrow(/figures\.0\.upto/);
    expect(() => renderFile(noteFile({ ...note, topics: [] }))).toThrow(/topics/);
  });

  it('edits stay valid: one note’s body, one picked figure of a series', () => {
    const { note: slug, figure, brief } = model.editFigure;
    const picked = model.briefs.find((b) => b.slug === brief)?.numbers ?? [];
    const note = model.notes.find((n) => n.slug === slug)!;
    expect(picked).toContainEqual({ note: slug, figure: note.figures[figure]!.label });
    expect(note.figures[figure]!.metric).toBeTruthy();
    const edited = withEditedFigure(note, figure, 0);
    expect(edited.figures[figure]!.value).not.toBe(note.figures[figure]!.value);
    expect(() => renderFile(noteFile(edited))).not.toThrow();
    const body = withEditedBody(model.notes.find((n) => n.slug === model.editNote)!, 0);
    expect(() => renderFile(noteFile(body))).not.toThrow();
  });

  it('writes the same notes as a Hugo site: one content file each, same titles and dates', () => {
    const site = path.join(tmp, 'hugo');
    writeHugoSite(site, model);
    expect(fs.existsSync(path.join(site, 'hugo.toml'))).toBe(true);
    for (const layout of ['layouts/index.html', 'layouts/_default/single.html', 'layouts/_default/list.html']) {
      expect(fs.existsSync(path.join(site, layout)), layout).toBe(true);
    }
    const dir = path.join(site, 'content', 'notes');
    const files = fs.readdirSync(dir).filter((name) => name !== '_index.md');
    expect(files).toHaveLength(NOTES);
    const qd = new Map(
      corpusFiles(model)
        .filter((file) => file.kind === 'notes')
        .map((file) => [path.basename(file.rel), file.data]),
    );
    for (const name of files) {
      const hugo = frontmatter(fs.readFileSync(path.join(dir, name), 'utf8'));
      const ours = qd.get(name);
      expect(ours, name).toBeDefined();
      expect({ title: hugo.title, date: hugo.date }).toEqual({ title: ours!.title, date: ours!.date });
      expect(hugo.topics).toEqual(ours!.topics);
      expect(hugo.entities).toEqual(ours!.entities);
      expect(hugo.summary).toBe(ours!.summary);
    }
  });
});
