/**
 * The corpus's notes as a Hugo site, the benchmark's yardstick: one content file per note
 * (`content/notes/<slug>.md`, so its URL is `/notes/<slug>/` as in Quarterdeck) with title,
 * date, summary, topics and entities; taxonomies `topics` and `entities`, each term with
 * its list page and RSS feed (Hugo's default outputs for taxonomy and term pages); minimal
 * layouts for home, note pages and lists. Hugo renders fewer things than Quarterdeck (no
 * briefs, cards, search or charts): the ratio is a yardstick, not a like-for-like race.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { listFiles } from './build-figures.ts';
import { measure, type Measured } from './measure.ts';
import type { CorpusModel, NoteModel } from './model.ts';
import { setAside } from './set-aside.ts';

/** `hugo version`'s first line, or null when hugo is not on PATH. */
export function hugoVersion(): string | null {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return result.stdout.trim().split('\n')[0] ?? 'hugo';
}

export const HUGO_MISSING =
  'hugo is not on PATH: the table has no Hugo ratios. Install it with `apt-get install -y hugo` (Debian/Ubuntu) or see https://gohugo.io/installation/.';

const CONFIG = `# Written by scripts/bench/hugo-site.ts
baseURL = "https://bench.example/"
languageCode = "en"
title = "Quarterdeck benchmark (Hugo)"
disableKinds = ["sitemap", "robotsTXT"]

[taxonomies]
  topic = "topics"
  entity = "entities"

# Hugo's defaults, written out: every list (home, section, taxonomy, term) has an RSS feed.
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML", "RSS"]
  term = ["HTML", "RSS"]
`;

const BASEOF = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}" title="{{ $.Title }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`;

const HOME = `{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<h2>Latest notes</h2>
<ul>{{ range first 20 (where .Site.RegularPages "Section" "notes") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 Jan 2006" }}</time></li>{{ end }}</ul>
<h2>Topics</h2>
<ul>{{ range .Site.Taxonomies.topics.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
`;

const SINGLE = `{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<p>{{ .Params.summary }}</p>
{{ .Content }}
<p>Topics: {{ range .GetTerms "topics" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
<p>Entities: {{ range .GetTerms "entities" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
</article>
{{ end }}
`;

const LIST = `{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Date }} <time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 Jan 2006" }}</time>{{ end }}</li>{{ end }}</ul>
{{ end }}
`;

/** Hugo's front matter of a note: the fields its templates and taxonomies use. */
export function hugoFrontMatter(note: NoteModel): Record<string, unknown> {
  return { title: note.title, date: note.date, summary: note.summary, topics: note.topics, entities: note.entities };
}

/** Writes the Hugo site into `dir`; returns the number of note files. */
export function writeHugoSite(dir: string, model: CorpusModel): number {
  const write = (rel: string, text: string) => {
    const target = path.join(dir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  };
  write('hugo.toml', CONFIG);
  write('layouts/_default/baseof.html', BASEOF);
  write('layouts/index.html', HOME);
  write('layouts/_default/single.html', SINGLE);
  write('layouts/_default/list.html', LIST);
  write('content/notes/_index.md', `---\n${stringify({ title: 'Notes' })}---\n`);
  for (const note of model.notes) {
    write(`content/notes/${note.slug}.md`, `---\n${stringify(hugoFrontMatter(note), { lineWidth: 0 })}---\n\n${note.body}\n`);
  }
  return model.notes.length;
}

export interface HugoResult {
  version: string;
  runs: Measured[];
  /** HTML pages and RSS feeds (`index.xml`) of the last run's output. */
  pages: number;
  feeds: number;
  totalBytes: number;
}

/** `hugo --quiet --destination <dest>`, `runs` times, each into a new destination (the last one set aside into `trash`: set-aside.ts). */
export async function timeHugo(siteDir: string, destDir: string, runs: number, version: string, trash: string): Promise<HugoResult> {
  const measured: Measured[] = [];
  for (let run = 0; run < runs; run++) {
    setAside(destDir, trash);
    const result = await measure('hugo', ['--quiet', '--destination', destDir], { cwd: siteDir });
    if (result.status !== 0) throw new Error(`hugo failed (exit ${result.status}):\n${result.outputTail}`);
    measured.push(result);
  }
  const files = listFiles(destDir);
  const totalBytes = files.reduce((sum, rel) => sum + fs.statSync(path.join(destDir, rel)).size, 0);
  return {
    version,
    runs: measured,
    pages: files.filter((rel) => rel.endsWith('.html')).length,
    feeds: files.filter((rel) => rel.endsWith('index.xml')).length,
    totalBytes,
  };
}
