import { describe, expect, it } from 'vitest';
import { fileSlug, slugify } from '../../src/lib/slugs.ts';

describe('slugify', () => {
  it.each([
    ['Meta', 'meta'],
    ['E2E', 'e2e'],
    ['Яндекс', 'яндекс'],
    ['Mark Zuckerberg', 'mark-zuckerberg'],
    ['深度求索', '深度求索'],
    ['Ελληνικά AI', 'ελληνικά-ai'],
    ['AT&T', 'att'],
    ['  OpenAI  ', 'openai'],
    ['Claude 3.5 Sonnet', 'claude-35-sonnet'],
    ['Llama — 4', 'llama-4'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('makes names that differ only in case or spacing one entity', () => {
    expect(slugify('Яндекс')).toBe(slugify('яндекс'));
    expect(slugify('Open AI')).not.toBe(slugify('OpenAI'));
    expect(slugify('DeepSeek')).toBe(slugify('deepseek'));
  });
});

describe('fileSlug', () => {
  it.each([
    ['notes/2025/zuckerberg-deepseek.md', 'zuckerberg-deepseek'],
    ['notes/x.mdx', 'x'],
    ['C:\\content\\notes\\y.md', 'y'],
  ])('%s → %s', (file, slug) => {
    expect(fileSlug(file)).toBe(slug);
  });
});
