/**
 * Figures an article states: money ($48.4 billion, US$5.6m, €4,5 Mrd., 589 млрд долларов),
 * percentages, multiples (3x, 3-fold, в 3 раза) and counts of things (2,000 GPUs), with
 * ranges ("$60 billion to $65 billion", "$64–72bn", "between $60 and $65 billion") as
 * value/upto and falls (lost, fell, shed, wiped …) as negative values. Units follow the
 * project's convention: `USD bn`, `EUR m`, `%`, `x`, `bn parameters`, `GPUs`.
 *
 * A bare number is never a figure: that is what keeps calendar days, years, dates, comment
 * counts, issue numbers, reading times and product names (Claude 4, Llama 3.1) out.
 */
import type { Figure } from '../content/schema.ts';
import type { Language } from './language.ts';
import { nameKey } from './names.ts';
import { splitSentences } from './sentences.ts';

/** A figure found in an article: the note schema's shape, without a metric (the editor's call). */
export type FoundFigure = Omit<Figure, 'metric'>;

type Scale = 'k' | 'm' | 'bn' | 'tn';
type Kind = 'money' | 'percent' | 'points' | 'multiple' | 'count' | 'bare';

interface Amount {
  start: number;
  end: number;
  /** Where the number itself starts (after a currency sign), for the words before it. */
  numberStart: number;
  value: number;
  kind: Kind;
  currency?: string;
  scale?: Scale;
  noun?: string;
  /** Written with ¥, which stands for yen or yuan. */
  yenSign?: boolean;
  negative: boolean;
}

const NUMBER: Record<Language, string> = {
  en: String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`,
  de: String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?`,
  ru: String.raw`(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+)(?:[,.]\d+)?`,
};

function parseNumber(text: string, language: Language): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (language === 'en') return Number(compact.replace(/,/g, ''));
  if (language === 'de') return Number(compact.replace(/\./g, '').replace(',', '.'));
  return Number(compact.replace(',', '.'));
}

const CURRENCY_PREFIX = /(?:US\$|U\.S\.\s?\$|HK\$|C\$|A\$|\$|€|£|¥|₽|₹|(?:USD|EUR|GBP|JPY|CNY|RMB|HKD|RUB|INR)\s?|Rs\.?\s?)$/u;

function currencyOfSymbol(symbol: string): string {
  const s = symbol.replace(/\s/g, '');
  if (s === 'HK$') return 'HKD';
  if (s === 'C$') return 'CAD';
  if (s === 'A$') return 'AUD';
  if (/\$$/.test(s)) return 'USD';
  if (s === '€') return 'EUR';
  if (s === '£') return 'GBP';
  if (s === '¥') return 'JPY';
  if (s === '₽') return 'RUB';
  if (s === '₹' || /^Rs/.test(s)) return 'INR';
  if (s === 'RMB') return 'CNY';
  return s;
}

const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:Hong Kong dollars?|Hongkong-Dollar|гонконгских долларов|HKD)/u, 'HKD'],
  [/^(?:US dollars?|U\.S\. dollars?|dollars?|US-Dollar|Dollar|долл(?:аров|ара|ар)?\.?(?:\s+США)?|USD|\$)/u, 'USD'],
  [/^(?:euros?|Euro|евро|EUR|€)/u, 'EUR'],
  [/^(?:pounds?(?: sterling)?|Pfund|фунт(?:ов|а)?(?: стерлингов)?|GBP|£)/u, 'GBP'],
  [/^(?:yen|Yen|иен|йен|JPY)/u, 'JPY'],
  [/^(?:yuan|Yuan|renminbi|юан(?:ей|я|ь)|CNY|RMB)/u, 'CNY'],
  [/^(?:roubles?|rubles?|Rubel|рубл(?:ей|я|ь)|руб\.?|RUB|₽)/u, 'RUB'],
  [/^(?:rupees?|INR)/u, 'INR'],
];

const SCALE_WORDS: Record<Language, [RegExp, Scale][]> = {
  en: [
    [/^(?:thousand|k|K)(?![\p{L}])/u, 'k'],
    [/^(?:millions?|mln|mn|m|M)(?![\p{L}])/u, 'm'],
    [/^(?:billions?|bn|b|B)(?![\p{L}])/u, 'bn'],
    [/^(?:trillions?|tn|trn|T)(?![\p{L}])/u, 'tn'],
  ],
  de: [
    [/^(?:Tsd\.|tausend)/u, 'k'],
    [/^(?:Mio\.|Millionen|Million|mn|m)(?![\p{L}])/u, 'm'],
    [/^(?:Mrd\.|Milliarden|Milliarde|bn)(?![\p{L}])/u, 'bn'],
    [/^(?:Bio\.|Billionen|Billion)(?![\p{L}])/u, 'tn'],
  ],
  ru: [
    [/^(?:тыс\.|тысяч[иа]?)(?![\p{L}])/u, 'k'],
    [/^(?:млн\.?|миллион(?:а|ов)?)(?![\p{L}])/u, 'm'],
    [/^(?:млрд\.?|миллиард(?:а|ов)?)(?![\p{L}])/u, 'bn'],
    [/^(?:трлн\.?|триллион(?:а|ов)?)(?![\p{L}])/u, 'tn'],
  ],
};

/** German and Russian business pages borrow the English "m" and "bn" too. */
function scaleWords(language: Language): [RegExp, Scale][] {
  return language === 'en' ? SCALE_WORDS.en : [...SCALE_WORDS[language], ...SCALE_WORDS.en.slice(1, 3)];
}

const PERCENT = /^\s?(?:%|percent(?![\p{L}])|per cent(?![\p{L}])|pct(?![\p{L}])|Prozent(?![\p{L}])|процент(?:а|ов)?(?![\p{L}]))/u;
const POINTS = /^\s?(?:percentage points?|Prozentpunkte?|процентн\p{L}* пункт\p{L}*|п\.\s?п\.)/u;
const MULTIPLE = /^(?:[x×](?![\p{L}\p{N}])|\s×(?!\s?\d)|[-‑]?fold(?![\p{L}])|[-‑]?fach(?![\p{L}])|[-‑]mal(?![\p{L}])|\stimes(?=\s(?:faster|more|higher|larger|bigger|cheaper|greater|smaller|as|the|over)\b))/u;

/** Things a count may be of; a number before any other word is not a figure. */
const COUNT_NOUNS =
  /(GPUs?|[Cc]hips|accelerators|servers|processors|employees|workers|staff|jobs|people|users|customers|subscribers|downloads|developers|engineers|researchers|parameters|tokens|experts|layers|prompts|data cent(?:er|re)s|datacent(?:er|re)s|stores|countries|startups|apps|devices|vehicles|homes|households|patients|students|languages|[A-Z]\d{2,3}s|Mitarbeiter(?:innen)?|Mitarbeitende(?:n)?|Beschäftigte(?:n)?|Stellen|Arbeitsplätze|Nutzer(?:innen)?|Kunden|Grafikprozessoren|Grafikkarten|Prozessoren|Rechenzentren|Parameter[n]?|Token|Experten|Länder[n]?|Filialen|Entwickler(?:innen)?|Menschen|сотрудник(?:ов|а|и)?|работник(?:ов|а|и)?|пользовател(?:ей|я|ь|и)|клиент(?:ов|а|ы)?|чип(?:ов|а|ы)?|видеокарт|ускорител(?:ей|я|ь|и)|сервер(?:ов|а|ы)?|параметр(?:ов|а|ы)?|токен(?:ов|а|ы)?|эксперт(?:ов|а|ы)?|человек|дата-центр(?:ов|а)?)(?![\p{L}])(?!\s+(?:hours|Stunden|часов))/u;

/** Verbs and nouns of a fall, in the words right before an amount. */
const FALLS =
  /(?<![\p{L}])(?:lost|lose|loses|losing|fell|fall|falls|falling|shed|sheds|shedding|declined?|declines|declining|dropped|drops?|dropping|wiped|wipes|wiping|erased?|erasing|slid|slides?|sliding|slumped|slumps?|plunged?|plunges|plummeted|plummets?|tumbled?|tumbles|sank|sinks?|shrank|shrinks?|decreased?|decreases|down|verlor(?:en)?|verliert|fiel(?:en)?|fällt|sank(?:en)?|sinkt|gesunken|gefallen|büßte[n]?|eingebüßt|brach(?:en)?|eingebrochen|rutschte[n]?|abgerutscht|schrumpfte[n]?|minus|Minus|Rückgang|Einbruch|vernichtet(?:e|en)?|(?:потерял|упал|снизил|снижал|сократил|подешевел|обвалил|рухнул|лишил|просел|обесценил)\p{L}*|потеряв|упав|снизив|подешевев|сократив|минус|падение|снижение)(?![\p{L}])/giu;
const GROWTH =
  /(?<![\p{L}])(?:up|rose|rise|rises|risen|grew|grow|grows|growth|increased?|increases|gained?|gains|jumped|climbed|surged|soared|expanded|growing|rising|stieg(?:en)?|gestiegen|wuchs|zulegte|legte|Plus|mehr|Wachstum|Anstieg|вырос(?:ла|ли)?|увеличил(?:ась|ись|ся)|подорожал[аи]?|рост)(?![\p{L}])/u;

const APPROXIMATELY: [RegExp, string][] = [
  [/(?<![\p{L}])(?:about|around|roughly|approximately|some|an estimated|rund|etwa|ungefähr|circa|ca\.|около|порядка|примерно)\s*$/u, 'about'],
  [/(?<![\p{L}])(?:nearly|almost|close to|fast|knapp|почти|почти на)\s*$/u, 'almost'],
  [/(?<![\p{L}])(?:more than|over|above|mehr als|über|более|свыше|больше)\s*$/u, 'more than'],
  [/(?<![\p{L}])(?:up to|as much as|bis zu|до)\s*$/u, 'up to'],
  [/(?<![\p{L}])(?:at least|mindestens|не менее|как минимум)\s*$/u, 'at least'],
  [/(?<![\p{L}])(?:under|less than|below|weniger als|unter|менее|меньше)\s*$/u, 'under'],
];

export interface FigureOptions {
  language: Language;
  /** "¥" is the yuan in an article about China, the yen otherwise. */
  yenSignIsYuan?: boolean;
  /** Recurring names: the one nearest before a figure in its sentence becomes its entity. */
  entities?: readonly string[];
  /** The year the article appeared, for "this year" and "last year". */
  year?: number;
}

/** What a sentence's figures pass on to the next sentence of the paragraph. */
interface SentenceContext {
  /** The last metric named ("revenue"): "Das sind 12 Prozent mehr" is about it. */
  base?: string;
}

export function findFigures(paragraphs: readonly string[], options: FigureOptions): FoundFigure[] {
  const figures: FoundFigure[] = [];
  const text = paragraphs.join('\n');
  const china = text.match(/yuan|renminbi|RMB|Chin(?:a|ese)|chinesisch\p{L}*|юан\p{L}*|Кита\p{L}*|китайск\p{L}*/giu)?.length ?? 0;
  const japan = text.match(/\byen\b|Japan\p{L}*|japanisch\p{L}*|иен\p{L}*|Япони\p{L}*|японск\p{L}*/giu)?.length ?? 0;
  const settings: FigureOptions = { yenSignIsYuan: china > japan, ...options };
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    const context: SentenceContext = {};
    for (const sentence of splitSentences(paragraph)) {
      for (const figure of figuresInSentence(sentence, settings, context)) {
        const key = `${figure.value}|${figure.upto ?? ''}|${figure.unit}`;
        if (seen.has(key)) continue;
        seen.add(key);
        figures.push(figure);
      }
    }
  }
  return figures;
}

export function figuresInSentence(sentence: string, options: FigureOptions, context: SentenceContext = {}): FoundFigure[] {
  const { language } = options;
  const amounts = findAmounts(sentence, language);
  const figures: FoundFigure[] = [];
  for (let i = 0; i < amounts.length; i++) {
    let low = amounts[i]!;
    let high: Amount | undefined;
    const next = amounts[i + 1];
    // The upper end may carry the unit ("$60 to $65 billion") or only the scale ("$64–72bn").
    const nextCompletes = next && (next.kind !== 'bare' || (low.kind !== 'bare' && next.scale !== undefined));
    if (next && nextCompletes && isRangeBetween(sentence, low, next, language)) {
      const merged = mergeRange(low, next);
      if (merged) {
        [low, high] = merged;
        i++;
      }
    }
    if (low.kind === 'bare') continue;
    // Bare numbers (years, days) do not separate one figure's words from the next one's.
    const previousEnd = amounts.slice(0, high ? i - 1 : i).filter((a) => a.kind !== 'bare').at(-1)?.end ?? 0;
    const nextStart = amounts.slice(i + 1).find((a) => a.kind !== 'bare')?.start ?? sentence.length;
    const negative = low.negative || isFall(sentence.slice(Math.max(previousEnd, low.start - 60), low.start));
    const sign = negative ? -1 : 1;
    const unit = unitOf(low, high ?? low, sentence, options.yenSignIsYuan ?? false);
    const value = round(sign * scaledValue(low));
    const upto = high ? round(sign * scaledValue(high)) : undefined;
    const [from, to] = upto !== undefined && upto < value ? [upto, value] : [value, upto];
    const clause = { start: previousEnd, end: nextStart };
    figures.push({
      ...describe(sentence, low, high ?? low, clause, negative, options, context),
      value: from,
      ...(to !== undefined && to !== from ? { upto: to } : {}),
      unit,
    });
  }
  return figures;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Thousands fold into the number ($500 thousand is USD 500000); larger scales stay in the unit. */
function scaledValue(amount: Amount): number {
  return amount.scale === 'k' ? amount.value * 1000 : amount.value;
}

function unitOf(amount: Amount, last: Amount, sentence: string, yenSignIsYuan: boolean): string {
  const scale = amount.scale && amount.scale !== 'k' ? amount.scale : undefined;
  switch (amount.kind) {
    case 'percent':
      return '%';
    case 'points':
      return 'pp';
    case 'multiple':
      return 'x';
    case 'money': {
      // "¥" is the yuan as often as the yen in Chinese company news.
      const currency = amount.currency === 'JPY' && amount.yenSign && (yenSignIsYuan || /yuan|renminbi|RMB|юан|Yuan/u.test(sentence)) ? 'CNY' : amount.currency!;
      const per = /^\s?(?:per|pro|за)\s(?:one\s|1\s)?(?:million|m|Million|миллион)\s(?:tokens|Token|токенов)/u.test(sentence.slice(last.end))
        ? ' per m tokens'
        : '';
      return `${currency}${scale ? ` ${scale}` : ''}${per}`;
    }
    default: {
      const perSecond = /^\s?(?:per second|a second|\/s|pro Sekunde|в секунду)/u.test(sentence.slice(last.end));
      const noun = perSecond && /token/i.test(amount.noun!) ? 'tokens/s' : amount.noun!;
      return scale ? `${scale} ${noun}` : noun;
    }
  }
}

const NUMBER_PATTERNS = new Map<Language, RegExp>();

function numberPattern(language: Language): RegExp {
  let pattern = NUMBER_PATTERNS.get(language);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_.,])${NUMBER[language]}(?![\\p{N}])`, 'gu');
    NUMBER_PATTERNS.set(language, pattern);
  }
  return pattern;
}

/** Every number of the sentence with what surrounds it: currency, scale, %, multiple, count noun. */
export function findAmounts(sentence: string, language: Language): Amount[] {
  const amounts: Amount[] = [];
  for (const match of sentence.matchAll(numberPattern(language))) {
    const numberStart = match.index;
    let start = numberStart;
    let end = numberStart + match[0].length;
    const before = sentence.slice(0, start);
    // Product and model names: GPT-4o, Llama 4-mini, H20, Qwen3; issue and list numbers.
    if (/\p{L}[-‑]$/u.test(before)) continue;
    if (/(?:#|№|\bNo\.\s?|\bNr\.\s?|\bIssue\s|\bVol\.\s?|\bAusgabe\s|выпуск\s)$/iu.test(before)) continue;
    let after = sentence.slice(end);
    if (/^[-‑]\p{L}/u.test(after) && !/^[-‑](?:fold|fach|mal)(?![\p{L}])/u.test(after)) continue;
    if (/^\p{L}/u.test(after) && !/^(?:bn|mn|tn|trn|[kKmMbBT]|x|×|fold|fach)(?![\p{L}\p{N}])/u.test(after)) continue;

    const value = parseNumber(match[0], language);
    if (!Number.isFinite(value)) continue;

    let currency: string | undefined;
    const prefix = CURRENCY_PREFIX.exec(before);
    if (prefix) {
      currency = currencyOfSymbol(prefix[0]);
      start -= prefix[0].length;
    }
    let negative = false;
    if (/(?:^|[\s(])[-−]$/u.test(sentence.slice(0, start)) && !/\d\s*[-−]$/u.test(sentence.slice(0, start))) {
      negative = true;
      start -= 1;
    }

    let kind: Kind = 'bare';
    let scale: Scale | undefined;
    let noun: string | undefined;

    const percent = PERCENT.exec(after);
    const points = POINTS.exec(after);
    const multiple = MULTIPLE.exec(after);
    const timesInRussian = /(?<![\p{L}])в\s$/u.test(before) ? /^\s?раз(?:а)?(?![\p{L}])/u.exec(after) : null;
    if (points) {
      kind = 'points';
      end += points[0].length;
    } else if (percent) {
      kind = 'percent';
      end += percent[0].length;
    } else if (multiple || timesInRussian) {
      kind = 'multiple';
      end += (multiple ?? timesInRussian)![0].length;
    } else {
      for (const [pattern, s] of scaleWords(language)) {
        const spaced = /^\s/.test(after);
        const found = pattern.exec(after.replace(/^\s/, ''));
        if (found) {
          scale = s;
          end += found[0].length + (spaced ? 1 : 0);
          after = sentence.slice(end);
          break;
        }
      }
      if (!currency) {
        for (const [pattern, code] of CURRENCY_WORDS) {
          const found = pattern.exec(after.replace(/^\s/, ''));
          if (found && !/^\p{L}/u.test(after.replace(/^\s/, '').slice(found[0].length))) {
            currency = code;
            end += found[0].length + (/^\s/.test(after) ? 1 : 0);
            break;
          }
        }
      }
      if (currency) kind = 'money';
      else {
        const count = new RegExp(`^\\s(?:[\\p{L}\\d]+[\\s-]){0,4}?${COUNT_NOUNS.source}`, 'u').exec(after);
        const productBefore = /(?:^|[^.!?]\s)\p{Lu}[\p{L}\d.-]*\s$/u.test(before) && value < 100 && !/[,.\s]/.test(match[0]);
        const year = /^(?:19|20)\d{2}$/.test(match[0]);
        if (count && !productBefore && !year) {
          kind = 'count';
          noun = count[1];
          end += count[0].length;
        }
      }
    }
    amounts.push({ start, end, numberStart, value, kind, currency, scale, noun, negative, yenSign: prefix?.[0].trim() === '¥' });
  }
  return amounts;
}

/** "$60 billion to $65 billion", "$64–72bn", "between 60 and 65", "от 60 до 65", "60 bis 65" — but not "rose from 40 to 48". */
function isRangeBetween(sentence: string, low: Amount, high: Amount, language: Language): boolean {
  const gap = sentence.slice(low.end, high.start);
  const before = sentence.slice(Math.max(0, low.start - 40), low.start);
  if (/^\s?[-–—]\s?$/u.test(gap)) return true;
  if (/^\s(?:to|bis|до)\s$/u.test(gap)) {
    if (language === 'en' && /(?<![\p{L}])from\s$/u.test(before)) return /(?<![\p{L}])(?:range|ranging|ranged)\s+from\s$/u.test(before);
    if (language === 'ru' && /(?<![\p{L}])(?:с|со)\s$/u.test(before)) return false;
    return true;
  }
  if (/^\s(?:and|und|и)\s$/u.test(gap)) return /(?<![\p{L}])(?:between|zwischen|от|в диапазоне)\s+$/u.test(before) || /between\s$/u.test(before);
  return false;
}

/** The two ends of a range, each completed from the other ("$60 to $65 billion", "8 to 15%"). */
function mergeRange(low: Amount, high: Amount): [Amount, Amount] | undefined {
  const completed: Amount = { ...low };
  if (low.kind === 'bare' && high.kind === 'bare') return undefined;
  if (low.kind === 'bare') {
    Object.assign(completed, { kind: high.kind, currency: high.currency, scale: high.scale, noun: high.noun });
  } else if (high.kind !== 'bare' && low.kind !== high.kind) {
    return undefined;
  } else if (low.kind === 'money' && high.kind !== 'bare') {
    if (low.currency !== high.currency) return undefined;
    if (!low.scale) completed.scale = high.scale;
    if (completed.scale !== high.scale) return undefined;
  } else if (low.kind === 'count') {
    completed.noun = high.noun;
    if (!low.scale) completed.scale = high.scale;
  }
  if (high.kind === 'bare') {
    if (!high.scale || (low.scale && low.scale !== high.scale)) return undefined;
    completed.scale = high.scale;
    high = { ...high, kind: low.kind, currency: low.currency, noun: low.noun };
  }
  const upper: Amount = { ...high, negative: high.negative || completed.negative };
  if (scaledValue(completed) > scaledValue(upper)) return undefined;
  return [completed, upper];
}

/** The words before an amount say it fell: "lost $589 billion", "fiel um 17 Prozent", "упали на 16,86%". */
function isFall(window: string): boolean {
  const fall = [...window.matchAll(FALLS)].at(-1);
  if (!fall) return false;
  const afterVerb = window.slice(fall.index + fall[0].length);
  // "fell to $13.2 billion", "sank auf 60,5 Prozent", "упала до": the amount is the level reached, not the fall.
  if (/(?<![\p{L}])(?:to|from|auf|до|с)(?![\p{L}])/u.test(afterVerb)) return false;
  return afterVerb.split(/\s+/).filter(Boolean).length <= 6;
}

interface Description {
  label: string;
  entity?: string;
  period?: string;
}

interface Metric {
  pattern: RegExp;
  /** The label's word(s); undefined: as written. */
  label?: string;
  /** Share prices and market values change; results grow. */
  changes?: boolean;
  /** A generic word (spending, cost) that gives way to a precise one or to the noun after the amount. */
  weak?: boolean;
}

const METRICS: Record<Language, Metric[]> = {
  en: [
    { pattern: /data[- ]cent(?:er|re) revenue/iu, label: 'data center revenue' },
    { pattern: /earnings per share|\bEPS\b|per share/u, label: 'earnings per share' },
    { pattern: /(?:operating|gross|net|profit) margin/iu },
    { pattern: /operating (?:income|profit)/iu },
    { pattern: /free cash flow/iu },
    { pattern: /net (?:income|profit)|\bprofits?\b/iu },
    { pattern: /\brevenues?\b|\bsales\b|\bturnover\b/iu },
    { pattern: /capital expenditures?|\bcapex\b|capital spending/iu },
    { pattern: /total expenses|\bexpenses\b/iu },
    { pattern: /market (?:value|cap(?:italization|italisation)?)|\bvaluation\b/iu, label: 'market value', changes: true },
    { pattern: /\bnet worth\b|\bfortune\b/iu, label: 'net worth', changes: true },
    { pattern: /\bshare price\b|\bshares\b|\bstock\b/iu, label: 'share price', changes: true },
    { pattern: /cost(?:s)? to (?:train|build|develop)|training cost|development cost/iu, label: 'training cost' },
    { pattern: /\bloss(?:es)?\b/iu, label: 'loss' },
    { pattern: /\bcharge\b|\bwrite-?down\b|\bimpairment\b/iu },
    { pattern: /\bcontext window\b/iu },
    { pattern: /(?:[\p{L}-]+\s){0,2}(?:business|unit|segment|division)\b/iu },
    { pattern: /\brun rate\b/iu },
    { pattern: /\bfunding\b|\braised?\b/iu, label: 'funding', weak: true },
    { pattern: /\binvest(?:ment|ments|ing)?\b|\bspend(?:ing)?\b|\bspent\b/iu, label: 'spending', weak: true },
    { pattern: /\bcosts?\b|\bbudget\b/iu, weak: true },
    { pattern: /\bearned\b|\bearnings\b(?! (?:per share|call|report|season))/iu, label: 'earnings' },
    { pattern: /\bprices?\b/iu, label: 'price', weak: true },
    { pattern: /\bscored?\b|\bscores\b/iu, label: 'score' },
  ],
  de: [
    { pattern: /Rechenzentrums\p{L}*/u, label: 'Rechenzentrumsumsatz' },
    { pattern: /(?:Gewinn|Ergebnis) je Aktie/u, label: 'Gewinn je Aktie' },
    { pattern: /\p{L}*[Mm]arge/u },
    { pattern: /Betriebsergebnis|operative[rn]? Gewinn/u, label: 'Betriebsergebnis' },
    { pattern: /Nettogewinn|Überschuss|Nettoergebnis|Gewinn/u },
    { pattern: /Umsatz|Umsätze|Erlöse/u, label: 'Umsatz' },
    { pattern: /Investitionen|Investitionsausgaben|Ausgaben|investier\p{L}*/u, label: 'Investitionen' },
    { pattern: /Börsenwert|Marktwert|Marktkapitalisierung/u, label: 'Börsenwert', changes: true },
    { pattern: /Aktienkurs|Aktien?|Papiere/u, label: 'Aktienkurs', changes: true },
    { pattern: /Verlust/u, label: 'Verlust' },
    { pattern: /Belastung|Abschreibung|Sonderbelastung/u, label: 'Belastung' },
    { pattern: /Kosten|kostete|gekostet/u, label: 'Kosten', weak: true },
    { pattern: /(?:\p{L}+-)?Geschäft|Sparte/u },
  ],
  ru: [
    { pattern: /выручк\p{L}*|доход\p{L}*/iu, label: 'выручка' },
    { pattern: /чист\p{L}* прибыл\p{L}*/iu, label: 'чистая прибыль' },
    { pattern: /прибыл\p{L}*/iu, label: 'прибыль' },
    { pattern: /капитальн\p{L}* (?:затрат|расход)\p{L}*|капзатрат\p{L}*/iu, label: 'капитальные затраты' },
    { pattern: /инвест\p{L}*|расход\p{L}*|потрат\p{L}*/iu, label: 'инвестиции', weak: true },
    { pattern: /рыночн\p{L}* (?:стоимост|капитализаци)\p{L}*|капитализаци\p{L}*|стоимост\p{L}* компании/iu, label: 'рыночная стоимость', changes: true },
    { pattern: /состояни\p{L}*/iu, label: 'состояние', changes: true },
    { pattern: /акци\p{L}*|котировк\p{L}*|бумаг\p{L}*/iu, label: 'акции', changes: true },
    { pattern: /обучени\p{L}*|разработк\p{L}*|обош\p{L}*|стоил\p{L}*/iu, label: 'стоимость разработки' },
    { pattern: /убыт\p{L}*/iu, label: 'убыток' },
  ],
};

const CONSENSUS: Record<Language, RegExp> = {
  en: /\bconsensus\b|\bestimates?\b|\banalysts?\b.*\bexpected\b|\bexpected\b|\bforecasts?\b/iu,
  de: /Konsens|Erwartung\p{L}*|erwartet\p{L}*|Prognose\p{L}*/u,
  ru: /консенсус\p{L}*|ожида\p{L}*|прогноз\p{L}*/u,
};
const GUIDANCE: Record<Language, RegExp> = {
  en: /\bguidance\b|\bguided\b|\bguides\b|\boutlook\b|\bexpects?\b|\bplans?\b|\bplanned\b|\bwill spend\b/iu,
  de: /Ausblick|plant|rechnet|will/u,
  ru: /планир\p{L}*|намерен\p{L}*|прогноз\p{L}*/u,
};
const WORDS: Record<Language, { growth: string; change: string; consensus: string; guidance: string; yearEarlier: string; yearOnYear: string }> = {
  en: { growth: 'growth', change: 'change', consensus: 'consensus', guidance: 'guidance', yearEarlier: 'a year earlier', yearOnYear: 'year on year' },
  de: { growth: 'Wachstum', change: 'Veränderung', consensus: 'Erwartung', guidance: 'Prognose', yearEarlier: 'Vorjahr', yearOnYear: 'gegenüber Vorjahr' },
  ru: { growth: 'рост', change: 'изменение', consensus: 'ожидания', guidance: 'прогноз', yearEarlier: 'годом ранее', yearOnYear: 'год к году' },
};
/** "the $69.78 billion analysts expected": a forecast named after the amount. */
const EXPECTED_AFTER = /^\s*(?:(?:that\s+|which\s+)?(?:analysts?|the market|Analysten|аналитики)|consensus|estimates?|Konsens|консенсус)(?![\p{L}])/iu;
const YEAR_EARLIER = /^[^,;]{0,25}?(?:a year (?:earlier|ago|before)|year over year|in the (?:like|same) quarter a year|im Vorjahr|Vorjahres\p{L}*|годом ранее|год назад|годом раньше)/u;

/** The label, entity and period of a figure, from the words of its sentence. */
function describe(
  sentence: string,
  low: Amount,
  high: Amount,
  clause: { start: number; end: number },
  negative: boolean,
  options: FigureOptions,
  context: SentenceContext,
): Description {
  const { language } = options;
  const left = sentence.slice(0, low.start);
  // The words that belong to this amount alone: from the previous amount to the next one.
  const ownLeft = sentence.slice(clause.start, low.start);
  const ownRight = sentence.slice(high.end, clause.end);
  const metric = nearestMetric(sentence, low, high, language);
  const words = WORDS[language];
  const yearEarlier = YEAR_EARLIER.test(ownRight);
  const isLevel = /(?<![\p{L}])(?:to|at|auf|bei|до|from|с)\s*$/u.test(ownLeft);

  const metricLabel = metric ? metric.label ?? metric.text.toLowerCase() : undefined;
  const isCount = low.kind === 'count' || high.kind === 'count';
  const fallback = language === 'de' ? 'Betrag' : language === 'ru' ? 'сумма' : 'amount';
  let base: string;
  if (isCount) base = metric && !metric.weak && metric.before && metric.distance <= 20 ? metricLabel! : countLabel(sentence, low, high);
  else if (metric && !metric.weak) base = metricLabel!;
  else if (low.kind === 'percent' || low.kind === 'points')
    base = precedingPhrase(ownLeft, true) ?? context.base ?? metricLabel ?? fallback;
  else if (language !== 'en') base = context.base ?? metricLabel ?? precedingPhrase(ownLeft) ?? fallback;
  else base = followingNoun(ownRight) ?? metricLabel ?? precedingPhrase(ownLeft) ?? context.base ?? fallback;
  if (/^costs?$/.test(base) && /^\s*to (?:train|build|develop)\b/u.test(ownRight)) base = 'training cost';
  if (metric && !metric.weak && !isCount) context.base = base;

  const isRate = low.kind === 'percent' || low.kind === 'points';
  // "up 21% from a year earlier" is a year-on-year rate of this period; "$40.1 billion a year earlier" is last year's level.
  const levelYearEarlier = yearEarlier && !isRate;
  const parts: string[] = [];
  // A rate belongs to the period of the level it follows ("revenue of $48.4 billion, up 21%").
  const period = levelYearEarlier ? undefined : periodOf(sentence.slice(0, clause.end), low, isRate ? 0 : clause.start, options);
  if (period) parts.push(period.label);
  parts.push(base);
  if (isRate) {
    if (negative || metric?.changes) parts.push(words.change);
    else if (!isLevel && (GROWTH.test(left.slice(-50)) || GROWTH.test(ownRight.slice(0, 20)))) parts.push(words.growth);
  } else if (negative && metric?.changes) {
    parts.push(words.change);
  }
  if (CONSENSUS[language].test(ownLeft.slice(-45)) || EXPECTED_AFTER.test(ownRight)) parts.push(words.consensus);
  else if (low.kind === 'money' && metric && !metric.weak && GUIDANCE[language].test(left) && !/\b(?:spent|was|were|reported)\b/iu.test(ownLeft.slice(-30))) parts.push(words.guidance);
  if (levelYearEarlier) parts.push(words.yearEarlier);
  else if (yearEarlier && parts.at(-1) === words.growth) parts[parts.length - 1] = `${words.growth}, ${words.yearOnYear}`;
  const approximately = APPROXIMATELY.find(([pattern]) => pattern.test(ownLeft))?.[1];
  let label = parts.join(' ').replace(/\s+/g, ' ').trim();
  if (approximately && !(approximately === 'up to' && high !== low)) label += ` (${approximately})`;
  label = label.charAt(0).toUpperCase() + label.slice(1);

  const entity = entityOf(sentence, low.start, options.entities ?? []);
  return { label, ...(entity ? { entity } : {}), ...(period?.period ? { period: period.period } : {}) };
}

/** "a $500 billion project", "a $4.5 billion charge": the noun right after an amount names it. */
function followingNoun(right: string): string | undefined {
  const words = right.trim().split(/\s+/).slice(0, 2);
  const stop = /^(?:of|in|to|for|from|a|an|the|and|or|as|by|on|at|with|per|which|that|more|less|than|year|this|last|next|compared|versus|vs|after|before|is|was|were|will|would|has|had|it|its|their|in|over|under|up|down|into|each|every|while|since|during|when|straight|away|now|initially|immediately|today|so|far|total|alone|apiece|—|–|-)$/iu;
  const taken: string[] = [];
  for (const word of words) {
    const clean = word.replace(/[.,;:!?)]+$/u, '');
    if (!/^\p{Ll}[\p{L}-]{2,}$/u.test(clean) || stop.test(clean)) break;
    taken.push(clean);
    if (clean !== word) break;
  }
  return taken.length ? taken.join(' ') : undefined;
}

interface MetricMatch {
  text: string;
  label?: string;
  changes?: boolean;
  weak?: boolean;
  distance: number;
  /** True when the metric's words come before the amount. */
  before: boolean;
}

function nearestMetric(sentence: string, low: Amount, high: Amount, language: Language): MetricMatch | undefined {
  let best: MetricMatch | undefined;
  for (const metric of METRICS[language]) {
    const flags = metric.pattern.flags.includes('g') ? metric.pattern.flags : `${metric.pattern.flags}g`;
    for (const match of sentence.matchAll(new RegExp(metric.pattern.source, flags))) {
      const matchEnd = match.index + match[0].length;
      const before = matchEnd <= low.start;
      if (!before && match.index < high.end) continue;
      // Words after the amount count for less ("$8.02 per share" beats "net income … $8.02" only
      // when close), and not at all past a clause break: "an increase of 114%, while data center revenue …".
      const between = before ? sentence.slice(matchEnd, low.start) : sentence.slice(high.end, match.index);
      let distance = before ? between.length : between.length * 1.6 + 5 + (/[,;:]/.test(between) ? 60 : 0);
      if (metric.weak) distance = distance * 1.5 + 20;
      if (distance > 90) continue;
      if (/per share|je Aktie/u.test(match[0]) && !before && distance > 12) continue;
      if (!best || distance < best.distance) best = { text: match[0], label: metric.label, changes: metric.changes, weak: metric.weak, distance, before };
    }
  }
  return best;
}

/** "2,000 slower Nvidia GPUs" → "Slower Nvidia GPUs"; "671 billion parameters" → "Parameters". */
function countLabel(sentence: string, low: Amount, high: Amount): string {
  const words = sentence.slice(high.numberStart, high.end).split(/\s+/).slice(1);
  const scaleWords = /^(?:thousand|k|million|millions|billion|billions|bn|m|mn|trillion|tn|Mio\.|Mrd\.|Millionen|Milliarden|тыс\.?|млн|млрд|трлн)$/iu;
  const phrase = words.filter((w) => !scaleWords.test(w)).join(' ');
  return phrase || (low.noun ?? 'count');
}

/**
 * The last few content words before an amount: "beating consensus estimates of $47 billion"
 * → "consensus estimates". With `afterVerb`, only a subject right before its verb counts
 * ("cloud services grew 31%"), since a rate's own words are rarely the ones before it.
 */
function precedingPhrase(left: string, afterVerb = false): string | undefined {
  const words = left
    .replace(/[()“”"«»„]/g, ' ')
    .split(/[,;:—–]/)
    .at(-1)!
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const stop = /^(?:of|at|to|by|for|from|with|other|was|were|is|are|be|been|a|an|the|about|around|nearly|almost|some|more|than|over|up|down|as|much|its|their|his|her|and|or|in|on|von|um|auf|bei|mit|rund|etwa|fast|mehr|als|über|und|der|die|das|den|dem|des|ein|eine|на|в|до|от|около|почти|более|и|с|за)$/iu;
  const verb = /^(?:grew|rose|fell|climbed|jumped|reached|brought|came|totall?ed|hit|stood|posted|reported|generated|made|earned|accounted|contributed|sees|see|expects?|could|would|will|should|can|has|have|had|is|was|were|reach|commit|invest|spend|pay|raise|it|es|waren|war|ist|sind|lag|lagen|erreichte|steuerte|\p{L}+ed|\p{L}+ing)$/iu;
  let sawVerb = false;
  while (words.length && (stop.test(words.at(-1)!) || verb.test(words.at(-1)!))) sawVerb = verb.test(words.pop()!) || sawVerb;
  if (afterVerb && !sawVerb) return undefined;
  const tail: string[] = [];
  for (let i = words.length - 1; i >= 0 && tail.length < 3; i--) {
    if (stop.test(words[i]!) || verb.test(words[i]!) || /^\d/.test(words[i]!)) break;
    tail.unshift(words[i]!);
  }
  const phrase = tail.join(' ').replace(/[.'’]+$/u, '');
  return phrase && /\p{L}{3}/u.test(phrase) ? phrase : undefined;
}

const ORDINAL_QUARTERS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4,
  ersten: 1, zweiten: 2, dritten: 3, vierten: 4,
  первом: 1, втором: 2, третьем: 3, четвертом: 4, четвёртом: 4,
};

/** "Q4 2024", "fourth quarter of 2024", "in 2025", "last year" … nearest the amount. */
function periodOf(sentence: string, amount: Amount, clauseStart: number, options: FigureOptions): { label: string; period?: string } | undefined {
  const found: { label: string; period?: string; index: number }[] = [];
  const add = (label: string, index: number, period?: string) => found.push({ label, index, period });
  for (const m of sentence.matchAll(/\bFY\s?'?(\d{2,4})(?:\s?Q([1-4]))?|\bfiscal (?:(\d{4}) )?(?:(first|second|third|fourth) quarter|Q([1-4]))/giu)) {
    add(m[0].replace(/\s+/g, ' '), m.index);
  }
  for (const m of sentence.matchAll(/(?<![\p{L}])(?:Q([1-4])|(first|second|third|fourth|ersten|zweiten|dritten|vierten|первом|втором|третьем|четвертом|четвёртом)[- ](?:quarter|Quartal|квартале))(?:\s+(?:of\s+)?(\d{4})|\s?(\d{4}))?(?![\p{L}])/giu)) {
    if (found.some((f) => f.index <= m.index && m.index < f.index + f.label.length + 20 && /fiscal|FY/i.test(f.label))) continue;
    const quarter = m[1] ? Number(m[1]) : ORDINAL_QUARTERS[m[2]!.toLowerCase()]!;
    // A fiscal quarter is not the calendar quarter of the same number: label it, file no period.
    const around = sentence.slice(Math.max(0, m.index - 15), m.index + m[0].length + 30);
    if (/fiscal|financial year|Geschäftsjahr|финансов/iu.test(around)) {
      const fiscalYear = /(?:19|20)(\d{2})/.exec(around.slice(15))?.[1];
      add(fiscalYear ? `FY${fiscalYear} Q${quarter}` : `fiscal Q${quarter}`, m.index);
      continue;
    }
    const year = m[3] ?? m[4] ?? /(?<![\p{L}])(?:of|des Jahres|года)?\s?((?:19|20)\d{2})(?![\p{N}])/u.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[1];
    add(year ? `Q${quarter} ${year}` : `Q${quarter}`, m.index, year ? `${year}-Q${quarter}` : undefined);
  }
  for (const m of sentence.matchAll(/(?<![\p{L}])(?:in|for|of|during|through|im Jahr|für|в|на)\s+((?:19|20)\d{2})(?:\s+(?:году|год))?(?![\p{N}])|(?<![\p{N}.,$€£])((?:19|20)\d{2})\s+(?=capex|capital|revenue|sales|spending|budget|guidance|outlook)/giu)) {
    const year = m[1] ?? m[2]!;
    if (found.some((f) => f.label.includes(year))) continue;
    add(year, m.index, year);
  }
  if (options.year) {
    for (const m of sentence.matchAll(/(?<![\p{L}])(this year|last year|next year|dieses Jahr|in diesem Jahr|im vergangenen Jahr|letztes Jahr|im nächsten Jahr|в этом году|в прошлом году|в следующем году)(?![\p{L}])/giu)) {
      const offset = /last|vergangenen|letztes|прошлом/iu.test(m[1]!) ? -1 : /next|nächsten|следующем/iu.test(m[1]!) ? 1 : 0;
      const year = String(options.year + offset);
      add(year, m.index, year);
    }
  }
  // A period belongs to the amount of its own clause; the first amount of a sentence owns what precedes it.
  const own = found.filter((f) => f.index >= clauseStart || clauseStart === 0);
  if (!own.length) return undefined;
  return own.reduce((best, f) => (Math.abs(f.index - amount.start) < Math.abs(best.index - amount.start) ? f : best));
}

/** The recurring name nearest before the amount in its sentence ("Nvidia lost $589 billion"). */
function entityOf(sentence: string, at: number, entities: readonly string[]): string | undefined {
  let best: { name: string; index: number } | undefined;
  const head = sentence.slice(0, at);
  for (const name of entities) {
    const stem = /\p{Script=Cyrillic}/u.test(name) ? nameKey(name) : name;
    const pattern = new RegExp(`(?<![\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}{0,3}(?![\\p{L}])`, /\p{Script=Cyrillic}/u.test(name) ? 'giu' : 'gu');
    for (const match of head.matchAll(pattern)) {
      if (!best || match.index > best.index) best = { name, index: match.index };
    }
  }
  return best?.name;
}
