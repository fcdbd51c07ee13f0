/**
 * The noise around an article's text once a page has been scraped or saved as text: site
 * navigation, calendar widgets, comment counters, reading times, cookie notices, share
 * buttons, "related" lists and the syndication footer ("The post … appeared first on X.").
 * Each rule is a line filter; the footer and the copyright line are read before they go.
 */
import { isMonthWord, isWeekdayWord } from './lexicon.ts';

/** Words of a navigation bar or a share widget when they make up a whole line. */
const INTERFACE_LINES = new Set(
  [
    'home|news|menu|search|subscribe|sign in|sign up|log in|login|register|share|tweet|email|print|comments|comment',
    'advertisement|sponsored|skip to content|skip to main content|read more|related|related articles|related stories',
    'more from|more stories|newsletter|follow us|trending|most read|latest|top stories|back to top|close|accept|reject',
    'share this article|share on facebook|share on x|share on linkedin|copy link|listen to this article|show comments',
    'startseite|anmelden|abonnieren|teilen|anzeige|werbung|mehr zum thema|drucken|kommentare|suche|schließen|akzeptieren',
    'главная|новости|поделиться|реклама|читайте также|подписаться|войти|меню|поиск|комментарии|закрыть|принять',
  ]
    .join('|')
    .split('|'),
);

/** A line that opens a list of other articles' headlines. */
const RELATED_HEADING =
  /^(?:related(?: articles| stories| coverage)?|read (?:also|more|next)|more (?:on|from|stories)|recommended|you may also like|see also|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|weitere artikel|читайте также|по теме|еще по теме|ещё по теме|другие новости|похожие материалы)\s*:?\s*$/iu;
/** A single line that names another article: "Related: Nvidia's record quarter". */
const RELATED_LINE = /^(?:related|read (?:also|more)|see also|lesen sie auch|mehr dazu|читайте также|по теме)\s*:\s*\S/iu;

const READING_TIME = [
  /^(?:\d+)\s*(?:min|mins|minutes?)\.?\s*(?:read|reading)?$/iu,
  /^(?:reading time|lesezeit|lesedauer|время чтения)\s*:?\s*\d+\s*(?:min\.?|minutes?|minuten|мин\.?|минут[аы]?)$/iu,
  /^\d+\s*(?:min\.?|minuten)\s*(?:lesezeit|lesedauer)$/iu,
  /^\d+\s*(?:мин\.?|минут[аы]?)\s*(?:чтения|на чтение)$/iu,
];

const COMMENT_COUNT =
  /^(?:\d+\s*(?:comments?|replies|kommentare?|комментари(?:й|я|ев))|(?:comments?|kommentare|комментарии)\s*\(?\d+\)?|no comments|leave a comment|kommentieren|оставить комментарий)$/iu;

const COOKIE = /\b(?:cookies?|куки|cookie-файл\p{L}*)\b/iu;

/** The syndication footer WordPress and its translations add to feed copies. */
const FOOTERS: RegExp[] = [
  /(?:^|\s)The post (.+?) appeared first on (.+?)\.?\s*$/u,
  /(?:^|\s)(?:Der Beitrag|Der Artikel) (.+?) erschien zuerst auf (.+?)\.?\s*$/u,
  /(?:^|\s)(?:Сообщение|Запись|Статья|Публикация|Пост) (.+?) (?:впервые появил(?:ась|ось|ся|ись)|появил(?:ась|ось|ся|ись) сначала|впервые опубликован[аоы]?) на (.+?)\.?\s*$/u,
];

export interface Footer {
  title: string;
  publisher: string;
  /** The line's text before the footer, when the footer was appended to a paragraph. */
  rest: string;
}

export function readFooter(line: string): Footer | undefined {
  for (const pattern of FOOTERS) {
    const match = pattern.exec(line);
    if (match) {
      const title = stripQuotes(match[1]!);
      return { title, publisher: stripQuotes(match[2]!), rest: line.slice(0, match.index).trim() };
    }
  }
  return undefined;
}

/** "© 2025 Example Media. All rights reserved." → "Example Media". */
export function readCopyright(line: string): string | undefined {
  const match = /(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|·•]+?)(?:\.|\s*[|·•]|\s+all rights|\s+alle rechte|\s+все права|$)/iu.exec(line);
  const name = match?.[1]?.trim();
  return name && name.split(/\s+/).length <= 6 && /\p{L}/u.test(name) ? name : undefined;
}

export function isCopyrightLine(line: string): boolean {
  return /^(?:©|\(c\)|copyright\b)/iu.test(line.trim()) || /\ball rights reserved\b|\balle rechte vorbehalten\b|\bвсе права защищены\b/iu.test(line);
}

/** A calendar widget: day numbers, weekday rows, a month or "Month Year" heading, a lone year. */
export function isCalendarLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.every((w) => /^\d{1,2}$/.test(w) && Number(w) <= 31)) return true;
  if (words.every((w) => isWeekdayWord(w))) return true;
  if (words.length <= 2 && words.every((w) => isMonthWord(w) || /^(?:19|20)\d{2}$/.test(w))) return true;
  return false;
}

/** "Home | News | Business | Tech": short items between separators. */
function isNavigationLine(line: string): boolean {
  const parts = line.split(/\s+[|·•›»/]\s+|\s*[|•]\s*/u).filter(Boolean);
  return parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 3 && !/[.!?]$/.test(part));
}

/** True for a line that is never part of the article. */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  const lower = text.toLowerCase().replace(/[:.!]+$/, '');
  if (INTERFACE_LINES.has(lower)) return true;
  if (isCalendarLine(text)) return true;
  if (READING_TIME.some((pattern) => pattern.test(text))) return true;
  if (COMMENT_COUNT.test(text)) return true;
  if (RELATED_LINE.test(text)) return true;
  if (COOKIE.test(text) && text.split(/\s+/).length <= 60) return true;
  if (isCopyrightLine(text)) return true;
  if (isNavigationLine(text)) return true;
  return false;
}

export function isRelatedHeading(line: string): boolean {
  return RELATED_HEADING.test(line.trim());
}

/** A headline that another article's teaser could be: short, no closing period. */
export function isHeadlineLike(line: string): boolean {
  const words = line.trim().split(/\s+/).length;
  return words >= 2 && words <= 25 && !/[.:;,]$/.test(line.trim());
}

/** A sentence of running text, as opposed to a heading, a label or a teaser. */
export function isProse(line: string): boolean {
  const words = line.trim().split(/\s+/).length;
  return (words >= 12 && /[.!?…"'”»“]$/.test(line.trim())) || words >= 30;
}

function stripQuotes(text: string): string {
  return text.trim().replace(/^["'“”„«»‘’]+|["'“”„«»‘’]+$/gu, '').trim();
}
