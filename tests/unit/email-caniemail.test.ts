/**
 * The email's HTML against caniemail's data: no element, attribute or CSS property (inline
 * or in the <style> block) that Gmail, Outlook for Windows or Apple Mail do not support,
 * except those listed below with the reason. Checked on the sample's briefs (as
 * `npm run email` writes them) and on a lede that uses every Markdown construct.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { caniemail, type CanIEmailOptions } from 'caniemail';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/index.ts';
import { emailModel, renderEmailHtml } from '../../src/lib/email/index.ts';
import { markdownToHtml } from '../../src/lib/markdown/render.ts';
import { day, noteInput } from '../helpers/content.ts';
import { projectRoot } from '../helpers/sites.ts';

const CLIENTS: CanIEmailOptions['clients'] = ['gmail.*', 'outlook.windows', 'apple-mail.*'];

/** Support that is missing but does no harm, in one place, each with the reason. */
const EXCEPTIONS: { feature: string; clients: string[]; reason: string }[] = [
  {
    feature: '@media',
    clients: ['gmail.mobile-webmail', 'outlook.windows'],
    reason:
      'Only the dark-mode and small-screen rules are in media queries; a client that ignores them shows the light 600 px column, which is complete and fluid on its own.',
  },
  {
    feature: '<style> element',
    clients: ['gmail.mobile-webmail'],
    reason: 'The <style> block holds nothing but those media queries: every other rule is inlined.',
  },
  {
    feature: 'color-scheme meta tag',
    clients: ['gmail.android', 'gmail.desktop-webmail', 'gmail.ios', 'gmail.mobile-webmail', 'outlook.windows', 'apple-mail.ios'],
    reason:
      'It only declares that the email handles both schemes; a client that ignores it applies its own dark mode, which the colours survive (no pure white or black, text never in images).',
  },
  {
    feature: 'display:none',
    clients: ['gmail.mobile-webmail'],
    reason: 'Hides the preheader, which 1 px text in the background colour with max-height 0 hides where display is ignored.',
  },
  {
    feature: 'max-height property',
    clients: ['outlook.windows'],
    reason: 'Part of the preheader hiding; Outlook for Windows hides it with mso-hide: all.',
  },
  {
    feature: 'overflow',
    clients: ['outlook.windows'],
    reason: 'Part of the preheader hiding; Outlook for Windows hides it with mso-hide: all.',
  },
];

const allowed = (feature: string, client: string) => EXCEPTIONS.some((e) => e.feature === feature && e.clients.includes(client));

/** Every unsupported feature, as `client: feature`, that no exception covers; and the exceptions used. */
function check(html: string) {
  const { issues } = caniemail({ clients: CLIENTS, html });
  const unexpected = new Set<string>();
  const used = new Set<string>();
  for (const [client, list] of issues.errors) {
    for (const { title } of list) {
      if (allowed(title, client)) used.add(`${client}: ${title}`);
      else unexpected.add(`${client}: ${title}`);
    }
  }
  return { unexpected: [...unexpected], used };
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-caniemail-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function sampleHtml(quarter: string): Promise<string> {
  const result = spawnSync(process.execPath, ['scripts/email.ts', quarter, '--out', scratch, '--force'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.join(projectRoot, 'content'), SITE_URL: 'https://briefs.example.org', BASE_PATH: '' },
  });
  expect(result.stderr).toBe('');
  const parsed = await simpleParser(fs.readFileSync(path.join(scratch, `${quarter.toLowerCase()}.eml`)));
  return parsed.html as string;
}

const RICH_LEDE = `
A paragraph with **strong**, _emphasis_, \`code\`, [a link](/notes/n1/) and a line\\
break.

### A sub-heading

- a list
- with [a link](https://example.com/x)

1. an ordered
2. list

> A quotation.

| Figure | Value |
| ------ | ----: |
| Capex  | 60    |

![A chart](/charts/capex.png)

---

\`\`\`
code block
\`\`\`
`;

describe('caniemail: Gmail, Outlook for Windows, Apple Mail', { timeout: 60_000 }, () => {
  it('lists each exception once, for clients that caniemail knows', () => {
    expect(new Set(EXCEPTIONS.map((e) => e.feature)).size).toBe(EXCEPTIONS.length);
    for (const e of EXCEPTIONS) expect(e.reason.length).toBeGreaterThan(20);
  });

  it('finds nothing unsupported in the sample briefs but the listed exceptions, and uses each of them', async () => {
    const used = new Set<string>();
    for (const quarter of ['2024-Q4', '2025-Q1']) {
      const result = check(await sampleHtml(quarter));
      expect(result.unexpected, quarter).toEqual([]);
      for (const entry of result.used) used.add(entry);
    }
    const listed = EXCEPTIONS.flatMap((e) => e.clients.map((client) => `${client}: ${e.feature}`));
    expect([...used].sort()).toEqual(listed.sort());
  });

  it('finds nothing unsupported in a lede that uses every Markdown construct', async () => {
    const catalog = buildCatalog({
      notes: [noteInput('n1', '2025-01-10', { figures: [{ label: 'Capex', value: 60, unit: 'USD bn' }], quotes: [{ text: 'Quoted.', by: 'Someone' }] })],
      topics: [{ slug: 'ai-capex', data: { title: 'AI capex', description: 'Spending.', keywords: [] } }],
      briefs: [{ slug: '2025-q1', data: { quarter: '2025-Q1', title: 'Rich', summary: 'Every construct.', published: day('2025-04-01'), draft: false } }],
    });
    const settings = { name: 'Q', url: 'https://briefs.example.org', base: '/', colors: { accent: '#0b5cad', ink: '#14171f', paper: '#fbfaf7' }, language: 'en' };
    const lede = await markdownToHtml(RICH_LEDE, { base: '/' });
    const html = renderEmailHtml(emailModel(catalog.quarter('2025-q1')!, settings, lede));
    expect(html).toContain('<table');
    expect(check(html).unexpected).toEqual([]);
  });
});
