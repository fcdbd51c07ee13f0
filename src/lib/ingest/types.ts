/** What reading an article yields, before the note is assembled. */
import type { Language } from './language.ts';

/** A value and where it was found, so the printed report can say why it is what it is. */
export interface Found<T> {
  value: T;
  /** `og:site_name`, `JSON-LD`, `the "appeared first on" footer`, `the file name` … */
  from: string;
}

export interface ArticleText {
  language: Language;
  title?: Found<string>;
  publisher?: Found<string>;
  /** YYYY-MM-DD, as the publisher wrote it (no time-zone shift). */
  published?: Found<string>;
  url?: Found<string>;
  author?: Found<string>;
  /** The article's own text, boilerplate removed, one paragraph per entry, hard wraps joined. */
  paragraphs: string[];
}
