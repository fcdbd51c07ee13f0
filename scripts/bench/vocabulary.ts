/**
 * The words the benchmark corpus is made of: topics, entities (companies, people, products,
 * with Cyrillic and CJK names), publishers and phrases. Plain data; scripts/bench/model.ts
 * combines them deterministically.
 */

export interface TopicWords {
  slug: string;
  title: string;
  description: string;
}

export const TOPICS: readonly TopicWords[] = [
  { slug: 'ai-capex', title: 'AI capex', description: 'Data-center and AI infrastructure spending.' },
  { slug: 'open-source-models', title: 'Open-source models', description: 'Models whose weights anyone can download.' },
  { slug: 'ai-agents', title: 'AI agents', description: 'Software that acts on a user’s behalf.' },
  { slug: 'earnings', title: 'Earnings', description: 'Quarterly results and guidance.' },
  { slug: 'chips', title: 'Chips', description: 'Accelerators, memory and the companies that make them.' },
  { slug: 'ai-regulation', title: 'AI regulation', description: 'Laws, rules and export controls on AI.' },
  { slug: 'model-releases', title: 'Model releases', description: 'New models and what they can do.' },
  { slug: 'market-reaction', title: 'Market reaction', description: 'How shares and bonds moved on the news.' },
  { slug: 'cloud', title: 'Cloud', description: 'Rented computing and the companies that rent it out.' },
  { slug: 'data-centers', title: 'Data centers', description: 'Buildings, land and cooling for computing.' },
  { slug: 'energy', title: 'Energy', description: 'Power for data centers, from gas to nuclear.' },
  { slug: 'robotics', title: 'Robotics', description: 'Machines that move in the physical world.' },
  { slug: 'autonomous-vehicles', title: 'Autonomous vehicles', description: 'Cars and trucks that drive themselves.' },
  { slug: 'supply-chain', title: 'Supply chain', description: 'Foundries, packaging and the flow of parts.' },
  { slug: 'ai-safety', title: 'AI safety', description: 'Testing, evaluation and the risks of models.' },
  { slug: 'antitrust', title: 'Antitrust', description: 'Competition cases against large platforms.' },
  { slug: 'privacy', title: 'Privacy', description: 'Personal data, consent and its regulators.' },
  { slug: 'smartphones', title: 'Smartphones', description: 'Phones and the assistants built into them.' },
  { slug: 'enterprise-software', title: 'Enterprise software', description: 'Software that companies buy for their staff.' },
  { slug: 'cybersecurity', title: 'Cybersecurity', description: 'Attacks, defences and the vendors of both.' },
  { slug: 'venture-funding', title: 'Venture funding', description: 'Rounds, valuations and the investors behind them.' },
  { slug: 'labor', title: 'Labor', description: 'Jobs, layoffs and the work AI changes.' },
  { slug: 'education', title: 'Education', description: 'Schools, universities and AI tutors.' },
  { slug: 'healthcare-ai', title: 'Healthcare AI', description: 'Models in diagnosis, drug discovery and care.' },
  { slug: 'china-tech', title: 'China tech', description: 'Chinese technology companies and policy.' },
];

/** Companies that report figures: their metric series tie notes together across quarters. */
export const COMPANIES: readonly string[] = [
  'Meta', 'Nvidia', 'Microsoft', 'Alphabet', 'Amazon', 'Apple', 'OpenAI', 'Anthropic', 'DeepSeek', 'Mistral AI',
  'Alibaba', 'Samsung', 'TSMC', 'Intel', 'AMD', 'Oracle', 'SoftBank', 'Tesla', 'IBM', 'Qualcomm',
  'Arm', 'ASML', 'Broadcom', 'Tencent', 'Huawei', 'Cohere', 'xAI', 'Perplexity', 'Hugging Face', 'Databricks',
  'Snowflake', 'Salesforce', 'Adobe', 'CoreWeave', 'Micron', 'SK Hynix', 'Dell', 'Supermicro', 'Palantir', 'Netflix',
  // Names in other scripts: slugs keep their letters (`Яндекс` → `яндекс`).
  'Яндекс', 'Сбер', 'Касперский', 'Ростелеком', '百度', '腾讯云', '华为云', '字节跳动', 'ソフトバンク', '楽天', '삼성전자', '네이버', '카카오',
];

export const PEOPLE: readonly { name: string; role: string }[] = [
  { name: 'Mark Zuckerberg', role: 'CEO, Meta' },
  { name: 'Jensen Huang', role: 'CEO, Nvidia' },
  { name: 'Satya Nadella', role: 'CEO, Microsoft' },
  { name: 'Sundar Pichai', role: 'CEO, Alphabet' },
  { name: 'Sam Altman', role: 'CEO, OpenAI' },
  { name: 'Dario Amodei', role: 'CEO, Anthropic' },
  { name: 'Lisa Su', role: 'CEO, AMD' },
  { name: 'Arthur Mensch', role: 'CEO, Mistral AI' },
  { name: 'Liang Wenfeng', role: 'Founder, DeepSeek' },
  { name: 'Andy Jassy', role: 'CEO, Amazon' },
  { name: 'Tim Cook', role: 'CEO, Apple' },
  { name: 'Masayoshi Son', role: 'CEO, SoftBank' },
  { name: 'Safra Catz', role: 'CEO, Oracle' },
  { name: 'C. C. Wei', role: 'CEO, TSMC' },
  { name: 'Pat Gelsinger', role: 'former CEO, Intel' },
  { name: 'Amy Hood', role: 'CFO, Microsoft' },
  { name: 'Susan Li', role: 'CFO, Meta' },
  { name: 'Colette Kress', role: 'CFO, Nvidia' },
  { name: 'Аркадий Волож', role: 'основатель, Яндекс' },
  { name: 'Герман Греф', role: 'CEO, Сбер' },
  { name: '李彦宏', role: 'CEO, 百度' },
  { name: '马化腾', role: 'CEO, 腾讯' },
  { name: '孫正義', role: 'CEO, ソフトバンク' },
  { name: '이재용', role: 'Chairman, 삼성전자' },
];

export const PRODUCTS: readonly string[] = [
  'Llama', 'Gemini', 'Claude', 'ChatGPT', 'Qwen', 'Blackwell', 'Hopper', 'H20', 'Copilot', 'Azure',
  'AWS', 'Trainium', 'TPU', 'Grok', 'Le Chat', 'DeepSeek R1', 'DeepSeek V3', 'YandexGPT', 'GigaChat', '文心一言',
  'Galaxy AI', 'Apple Intelligence', 'Stargate', 'Vertex AI', 'Bedrock',
];

export const BODIES: readonly string[] = [
  'European Commission', 'FTC', 'US Commerce Department', 'CMA', 'SEC', 'EU AI Office', 'Cyberspace Administration of China',
  'Роскомнадзор', '中国证监会', '経済産業省', '과학기술정보통신부',
];

/** Made-up start-ups, combined from these parts, bring the entity count to about 150. */
export const STARTUP_PREFIXES: readonly string[] = ['Aster', 'Boreal', 'Cobalt', 'Ember', 'Fjord', 'Granite', 'Helio', 'Juniper', 'Kestrel', 'Lumen'];
export const STARTUP_SUFFIXES: readonly string[] = ['Labs', 'Robotics', 'Compute', 'Bio', 'Systems'];

/** Entities that get a file of their own; aliases are names notes also use for them. */
export const ENTITY_FILES: readonly { name: string; description: string; aliases: readonly string[] }[] = [
  { name: 'Alphabet', description: 'Google’s parent company.', aliases: ['Google'] },
  { name: 'Meta', description: 'The owner of Facebook, Instagram and WhatsApp, and of the Llama models.', aliases: ['Facebook', 'Meta Platforms'] },
  { name: 'Nvidia', description: 'The largest maker of AI accelerators.', aliases: ['NVIDIA Corporation'] },
  { name: 'Microsoft', description: 'The maker of Windows and Azure, and OpenAI’s largest backer.', aliases: [] },
  { name: 'TSMC', description: 'The world’s largest contract chipmaker.', aliases: ['Taiwan Semiconductor'] },
  { name: 'Яндекс', description: 'Russia’s largest search engine and a maker of language models.', aliases: ['Yandex'] },
  { name: '百度', description: 'China’s largest search engine, maker of the Ernie models.', aliases: ['Baidu'] },
  { name: 'Samsung', description: 'Korea’s largest company, a maker of memory and phones.', aliases: ['Samsung Electronics'] },
];

export const PUBLISHERS: readonly string[] = [
  'Bench Wire', 'The Ledger', 'Northern Post', 'Capital Review', 'Chip Weekly', 'Signal Daily', 'Коммерсантъ Бенч', '財新ベンチ', 'Harbor Times', 'Quarter Journal',
];

export const AUTHORS: readonly string[] = ['Jane Reporter', 'Ravi Menon', 'Ольга Смирнова', '王芳', 'Ana Lima', 'Tom Becker'];

/** Metrics of the companies' series: the same key ties their figures across notes. */
export const METRICS: readonly { key: string; label: string; unit: string; base: number; growth: number }[] = [
  { key: 'revenue', label: 'revenue', unit: 'USD bn', base: 20, growth: 0.05 },
  { key: 'capex', label: 'capital expenditure', unit: 'USD bn', base: 6, growth: 0.09 },
  { key: 'operating-income', label: 'operating income', unit: 'USD bn', base: 5, growth: 0.04 },
  { key: 'headcount', label: 'headcount', unit: 'thousand people', base: 40, growth: 0.01 },
];

/** Figures without a series: one-off numbers a source states. */
export const ONE_OFF_FIGURES: readonly { label: string; unit: string; min: number; max: number; range: boolean }[] = [
  { label: 'Deal size', unit: 'USD bn', min: 0.5, max: 60, range: false },
  { label: 'Funding round', unit: 'USD m', min: 20, max: 6000, range: false },
  { label: 'Market-value change in one day', unit: 'USD bn', min: -600, max: 300, range: false },
  { label: 'Share price move', unit: '%', min: -25, max: 30, range: false },
  { label: 'Market share', unit: '%', min: 1, max: 90, range: false },
  { label: 'Weekly active users', unit: 'm', min: 5, max: 900, range: false },
  { label: 'Model size', unit: 'bn parameters', min: 1, max: 700, range: true },
  { label: 'Planned data-center capacity', unit: 'GW', min: 0.2, max: 10, range: true },
  { label: 'Fine', unit: 'EUR m', min: 5, max: 4000, range: false },
  { label: 'GPUs ordered', unit: 'GPUs', min: 1000, max: 350000, range: false },
];

export const VERBS: readonly string[] = [
  'raises its spending plan', 'reports a record quarter', 'releases an open model', 'wins a cloud contract',
  'faces an antitrust probe', 'cuts prices for developers', 'opens a data center', 'signs a chip supply deal',
  'misses forecasts', 'doubles down on agents', 'settles with regulators', 'hires a new chief scientist',
];

/** Titles in other scripts, for cards and feeds that must draw them. `{e}` is the entity. */
export const CYRILLIC_TITLES: readonly string[] = [
  '{e} увеличивает расходы на ИИ', '{e} выпускает открытую модель', 'Выручка {e} выросла за квартал',
];
export const CJK_TITLES: readonly string[] = [
  '{e} 发布新一代开源模型', '{e} 第二季度营收创新高', '{e}、データセンター投資を拡大', '{e}, AI 반도체 공급 계약 체결',
];

export const QUOTES: readonly string[] = [
  'We are still early in this build-out, and demand keeps running ahead of supply.',
  'The cost of intelligence is falling faster than anyone expected.',
  'We would rather over-invest than miss the moment.',
  'Open models are going to be the standard, and we intend to lead there.',
  'Customers want fewer tools that do more of the work.',
  'Regulation should target uses, not research.',
  'Мы видим спрос, который растёт быстрее, чем мы успеваем строить.',
  '我们会继续开源，这是长期的选择。',
];

export const PARAGRAPHS: readonly string[] = [
  'The announcement landed in a week already crowded with results, and investors read it against the spending plans of the largest buyers of accelerators.',
  'Analysts had expected a slower quarter; the numbers suggest that demand for computing has not yet met its ceiling, though margins tell a more careful story.',
  'Competitors answered within days, which says as much about the market as the news itself: nobody wants to be the company that blinked first.',
  'Regulators on both sides of the Atlantic are watching the same deals, with different tools and different timetables.',
  'For customers the change is mostly in price: the same work costs less than it did a year ago, and the gap keeps widening.',
  'The company declined to give a timeline, but the filing names suppliers and sites, which is more than it said last quarter.',
];
