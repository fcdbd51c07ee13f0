/** What new-note prints: what it found, where it found it, and what the editor must still do. */
import { isoDay } from '../dates.ts';
import { formatFigure } from '../figures.ts';
import type { DraftNote } from './draft-note.ts';

export function formatReport(draft: DraftNote, writtenTo: string): string {
  const { note, article, topics } = draft;
  const from = (what: { from: string } | undefined) => (what ? ` (from ${what.from})` : '');
  const lines: string[] = [`Wrote ${writtenTo} (draft)`, ''];
  lines.push(`  title:      ${note.title}${from(article.title)}`);
  lines.push(`  publisher:  ${note.source.publisher}${from(article.publisher)}`);
  lines.push(`  published:  ${note.source.published ? `${isoDay(note.source.published)}${from(article.published)}` : 'not found'}`);
  lines.push(`  date:       ${isoDay(note.date)}${draft.dateFrom ? ' (the publication date)' : ' (today: no date found in the article)'}`);
  if (note.source.url) lines.push(`  url:        ${note.source.url}${from(article.url)}`);
  if (note.source.author) lines.push(`  author:     ${note.source.author}${from(article.author)}`);
  lines.push(`  language:   ${article.language}`);
  lines.push(
    `  topics:     ${topics.map((t) => (t.matched.length ? `${t.slug} (${t.matched.slice(0, 4).join(', ')})` : `${t.slug} (placeholder)`)).join('; ')}`,
  );
  lines.push(`  entities:   ${note.entities.length ? note.entities.join(', ') : 'none recur'}`);
  lines.push(`  figures:    ${note.figures.length}`);
  for (const figure of note.figures) {
    const about = [figure.entity, figure.period].filter(Boolean).join(', ');
    lines.push(`    ${formatFigure(figure).padEnd(16)} ${figure.label}${about ? ` [${about}]` : ''}`);
  }
  lines.push(`  quotes:     ${note.quotes.length}`);
  for (const quote of note.quotes) {
    const text = quote.text.length > 70 ? `${quote.text.slice(0, 67)}…` : quote.text;
    lines.push(`    “${text}” — ${quote.by}${quote.role ? `, ${quote.role}` : ''}`);
  }
  lines.push('', 'Still to do:');
  for (const gap of draft.gaps) lines.push(`  - ${gap}`);
  lines.push('  - write the summary: one or two sentences of your own');
  lines.push('  - set `date` to the day the event happened (its quarter files the note)');
  lines.push('  - check the topics; keep the figures that matter, fix their labels, add `period` and `metric` where they help');
  lines.push('  - check each quote against the article and its speaker');
  lines.push('  - write the note in the body, in your own words');
  lines.push('  - set `draft: false` to publish');
  return `${lines.join('\n')}\n`;
}
