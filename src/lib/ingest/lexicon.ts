/**
 * Words the ingest needs in each language it reads: months and weekdays (so that dates and
 * calendar widgets are never mistaken for figures or names) and the common words that
 * start sentences with a capital letter.
 */

const MONTHS = [
  // English, with the short forms newspapers use
  'january february march april may june july august september october november december',
  'jan feb mar apr jun jul aug sep sept oct nov dec',
  // German
  'januar jänner februar märz april mai juni juli august september oktober november dezember',
  'jan feb mär apr jun jul aug sep okt nov dez',
  // Russian: nominative (calendar headings) and genitive (dates: 29 января)
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'янв фев мар апр июн июл авг сен сент окт ноя дек',
]
  .join(' ')
  .split(' ');

const WEEKDAYS = [
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
  'mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag',
  'пн вт ср чт пт сб вс понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье',
]
  .join(' ')
  .split(' ');

export const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS);

export function isMonthWord(word: string): boolean {
  return MONTH_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

export function isWeekdayWord(word: string): boolean {
  return WEEKDAY_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Capitalised words that are not names: sentence openers, pronouns, titles and
 * abbreviations that every business article is full of.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  [
    // English
    'a an the this that these those there their they it its he she his her we our you your i',
    'in on at by for from of to with without as after before during since until while when where why how what who which',
    'but and or so yet if then thus also still meanwhile however moreover last next this first second third fourth',
    'according asked looking earlier later today yesterday tomorrow year years quarter read share related more',
    'ai ceo cfo coo cto chief president llm llms gpu gpus api apis us u.s uk eu ipo q1 q2 q3 q4 fy gaap inc corp ltd co',
    'is was are were be has have had will would could should may might can',
    // German
    'der die das den dem des ein eine einen einem einer eines und oder aber auch doch noch nur schon wie wenn als ob',
    'im am vom zum zur beim mit nach bei seit von aus für über unter vor zwischen gegen ohne um bis',
    'er sie es wir ihr man sein seine ihre dieser diese dieses jeder jede so dabei damit dafür zudem laut',
    'ki chef konzern unternehmen milliarden millionen prozent euro dollar aktie aktien umsatz gewinn quartal',
    // Russian
    'в во на с со к ко по о об от до за из у и а но или что как это этот эта эти так также же ли не ни',
    'он она они оно мы вы я его ее её их по словам однако кроме при после перед для без через между',
    'ии гендиректор глава компания компании аналитик аналитика основатель президент',
    // Roles, units and common nouns that come capitalised in German or at the start of a sentence
    'analyst analystin analysten chefin gründer gründerin sprecher sprecherin startup start-up mrd mio bio us-dollar vorquartal vorjahr',
    'geschäftsjahr quartals vorjahres börse dollar euro',
  ]
    .join(' ')
    .split(' '),
);
