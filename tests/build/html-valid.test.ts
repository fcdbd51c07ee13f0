/**
 * Valid HTML: every page of the sample and fixture builds passes html-validate with the
 * project's .htmlvalidate.mjs (html-validate:recommended; each rule changed there says why),
 * and every email edition passes its email rules.
 * A planted invalid page proves the gate fails, naming the file, line and rule.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtmlProblems, validateHtmlDir } from '../helpers/html-validate.ts';
import { siteDist, type SiteName } from '../helpers/sites.ts';

describe.each(['sample', 'fixture'] as SiteName[])('HTML of the %s build', (name) => {
  it('passes html-validate on every page', async () => {
    const { files, emails, problems } = await validateHtmlDir(siteDist(name));
    expect(files).toBeGreaterThan(10);
    // The email editions are checked too, by the email rules (.htmlvalidate.mjs).
    expect(emails).toBeGreaterThan(0);
    expect(formatHtmlProblems(problems), `html-validate problems in ${siteDist(name)}`).toBe('');
  });
});

describe('the HTML gate', () => {
  it('fails on a planted invalid page, naming file, line and rule', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-html-'));
    try {
      const good = fs.readFileSync(path.join(siteDist('sample'), 'index.html'), 'utf8');
      fs.writeFileSync(path.join(dir, 'index.html'), good);
      fs.mkdirSync(path.join(dir, 'notes', 'planted'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'notes', 'planted', 'index.html'),
        good.replace(
          '</main>',
          '\n<p>A <div>block in a paragraph</div></p>\n<ul><div id="main">duplicate id, not a list item</div></ul>\n<img src="x.png">\n<button>Go</button></main>',
        ),
      );
      const { files, problems } = await validateHtmlDir(dir);
      expect(files).toBe(2);
      expect(problems.every((p) => p.file === 'notes/planted/index.html'), formatHtmlProblems(problems)).toBe(true);
      const rules = new Set(problems.map((p) => p.rule));
      for (const rule of ['element-permitted-content', 'no-dup-id', 'wcag/h37', 'no-implicit-button-type']) {
        expect(rules, formatHtmlProblems(problems)).toContain(rule);
      }
      expect(formatHtmlProblems(problems)).toMatch(/^notes\/planted\/index\.html:\d+:\d+ no-dup-id: /m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
