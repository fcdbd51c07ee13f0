import { describe, expect, it } from 'vitest';
import { count, readingMinutes, readingTime } from '../../src/lib/text.ts';

describe('count', () => {
  it.each([
    [0, 'note', '0 notes'],
    [1, 'note', '1 note'],
    [2, 'note', '2 notes'],
    [1, 'entity', '1 entity'],
    [3, 'entity', '3 entities'],
    [1200, 'figure', '1,200 figures'],
  ])('%d %s → %s', (n, noun, text) => {
    expect(count(n, noun)).toBe(text);
  });
  it('takes an explicit plural', () => {
    expect(count(2, 'analysis', 'analyses')).toBe('2 analyses');
  });
});

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
  });
  it('counts words at about 220 a minute, leaving out link targets, code and tags', () => {
    const words = Array.from({ length: 660 }, () => 'word').join(' ');
    expect(readingMinutes(words)).toBe(3);
    const link = `[text](https://example.com/${'x/'.repeat(500)})`;
    expect(readingMinutes(`${words} ${link} <Aside kind="note"> \`\`\`js\n${'code '.repeat(900)}\n\`\`\``)).toBe(3);
  });
  it('counts CJK by character', () => {
    expect(readingMinutes('字'.repeat(880))).toBe(2);
  });
  it('reads as text', () => {
    expect(readingTime(4)).toBe('4 min read');
  });
});
