/**
 * The card design: 1200×630, the site's colours, readable at thumbnail size. One frame
 * (brand, eyebrow, title, footer) for every kind; the kind decides the eyebrow and the
 * footer. Titles wrap to at most three lines and end with an ellipsis (`lineClamp`);
 * every other line is single and cut with an ellipsis, so nothing leaves the frame.
 */
import type { CardFigure, CardModel, CardSite, CardTrend } from './model.ts';
import { count } from '../text.ts';
import { h, type CardElement, type CardNode, type CardStyle } from './tree.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The fixed part of the palette; paper, ink and accent come from the site's settings. */
const baseColors = {
  accentInk: '#ffffff',
  muted: '#525866',
  rule: '#dcd9d0',
  tint: '#e9f0f8',
  badge: '#8a4b00',
  badgeTint: '#fbeedd',
} as const;

type Palette = typeof baseColors & CardSite['colors'];

// The palette of the card being built (cardTree sets it; building a tree is synchronous).
let colors: Palette = { ...baseColors, paper: '#fbfaf7', ink: '#14171f', accent: '#0b5cad' };

const PAD_X = 72;
const TITLE_LINES = 3;

/** One line of text, cut with an ellipsis when too long. */
const oneLine: CardStyle = {
  display: 'block',
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  minWidth: 0,
};

/** How wide a text runs, in units of a Latin letter: CJK and emoji count double. */
function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hangul}\u3000-\u30ff\uff00-\uffef]|\p{Extended_Pictographic}/u.test(char) ? 1.9 : 1;
  return units;
}

/** Shorter titles get larger type; long ones still fit three lines at the smallest size. */
function titleSize(text: string, roomy: boolean): number {
  const units = textUnits(text);
  if (roomy) return units <= 20 ? 96 : units <= 36 ? 84 : units <= 60 ? 72 : units <= 90 ? 62 : 56;
  return units <= 40 ? 66 : units <= 80 ? 58 : 52;
}

function title(text: string, roomy: boolean): CardElement {
  const size = titleSize(text, roomy);
  return h(
    'div',
    {
      style: {
        display: 'block',
        fontSize: size,
        fontWeight: 700,
        lineHeight: 1.16,
        letterSpacing: -0.5,
        color: colors.ink,
        lineClamp: TITLE_LINES,
        // A word longer than the line (a URL, a long compound) breaks instead of running out.
        overflowWrap: 'break-word',
        marginTop: 18,
      },
    },
    text,
  );
}

function eyebrow(...parts: (CardNode | null)[]): CardElement {
  return h(
    'div',
    { style: { display: 'flex', alignItems: 'center', gap: 16, fontSize: 28, color: colors.muted, minWidth: 0 } },
    ...parts,
  );
}

function badge(text: string): CardElement {
  return h(
    'div',
    {
      style: {
        display: 'flex',
        fontSize: 22,
        fontWeight: 700,
        color: colors.badge,
        backgroundColor: colors.badgeTint,
        borderRadius: 8,
        padding: '4px 12px',
        flexShrink: 0,
      },
    },
    text,
  );
}

function chip(text: string): CardElement {
  return h(
    'div',
    {
      style: {
        ...oneLine,
        fontSize: 24,
        color: colors.accent,
        backgroundColor: colors.tint,
        borderRadius: 999,
        padding: '6px 18px',
        maxWidth: 340,
        flexShrink: 1,
      },
    },
    text,
  );
}

function noteCount(n: number): CardElement {
  const [number, ...noun] = count(n, 'note').split(' ');
  return h(
    'div',
    { style: { display: 'flex', alignItems: 'baseline', gap: 14, color: colors.muted, fontSize: 30, flexShrink: 0 } },
    h('div', { style: { fontSize: 44, fontWeight: 700, color: colors.accent } }, number!),
    noun.join(' '),
  );
}

const TREND_HEIGHT = 64;

/** Notes per quarter as a row of small bars, the first and last quarter named under it. */
function trendRow(trend: CardTrend): CardElement | null {
  if (trend.counts.length < 2) return null;
  const most = Math.max(1, ...trend.counts);
  return h(
    'div',
    { style: { display: 'flex', flexDirection: 'column', gap: 8, flexShrink: 0 } },
    h(
      'div',
      { style: { display: 'flex', alignItems: 'flex-end', gap: 8, height: TREND_HEIGHT } },
      ...trend.counts.map((n) =>
        h('div', {
          style: {
            width: 30,
            height: Math.max(4, Math.round((n / most) * TREND_HEIGHT)),
            backgroundColor: n === 0 ? colors.rule : colors.accent,
            borderRadius: 3,
          },
        }),
      ),
    ),
    h(
      'div',
      // The gap keeps the two quarters apart when there are only a few bars above them.
      { style: { display: 'flex', justifyContent: 'space-between', gap: 16, fontSize: 20, color: colors.muted } },
      h('div', null, trend.first),
      h('div', null, trend.last),
    ),
  );
}

function description(text: string | undefined): CardElement | null {
  if (!text) return null;
  return h(
    'div',
    { style: { display: 'block', fontSize: 30, lineHeight: 1.35, color: colors.muted, marginTop: 18, lineClamp: 2, overflowWrap: 'break-word' } },
    text,
  );
}

function listFooter(n: number, trend: CardTrend): CardElement {
  return h(
    'div',
    { style: { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 32 } },
    noteCount(n),
    trendRow(trend),
  );
}

function kindLabel(model: CardModel): string {
  switch (model.kind) {
    case 'brief':
      return 'Quarterly brief';
    case 'note':
      return 'Note';
    case 'topic':
      return 'Topic';
    case 'entity':
      return 'Entity';
    case 'site':
      return '';
  }
}

function header(model: CardModel): CardElement {
  return h(
    'div',
    { style: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 28 } },
    h(
      'div',
      { style: { display: 'flex', alignItems: 'center', gap: 14 } },
      h('div', { style: { width: 22, height: 22, borderRadius: 4, backgroundColor: colors.accent } }),
      h('div', { style: { fontWeight: 700, color: colors.ink, letterSpacing: 0.5 } }, model.site.name),
    ),
    h('div', { style: { color: colors.muted, textTransform: 'uppercase', letterSpacing: 2, fontSize: 22 } }, kindLabel(model)),
  );
}

function figures(list: readonly CardFigure[]): CardElement | null {
  if (list.length === 0) return null;
  return h(
    'div',
    { style: { display: 'flex', gap: 24, marginTop: 28 } },
    ...list.map((figure) =>
      h(
        'div',
        {
          style: {
            display: 'flex',
            flexDirection: 'column',
            flex: 1,
            minWidth: 0,
            borderTop: `4px solid ${colors.accent}`,
            paddingTop: 12,
          },
        },
        h('div', { style: { ...oneLine, fontSize: 44, fontWeight: 700, color: colors.ink } }, figure.value),
        h(
          'div',
          { style: { display: 'block', fontSize: 22, lineHeight: 1.3, color: colors.muted, marginTop: 6, lineClamp: 2, overflowWrap: 'break-word' } },
          figure.entity ? `${figure.entity} · ${figure.label}` : figure.label,
        ),
      ),
    ),
  );
}

function body(model: CardModel): CardNode[] {
  switch (model.kind) {
    case 'brief':
      return [
        eyebrow(
          h('div', { style: { fontWeight: 700, color: colors.accent } }, model.quarter),
          model.published ? null : badge('Not yet published'),
        ),
        title(model.title, model.figures.length === 0),
        h('div', { style: { flexGrow: 1 } }),
        figures(model.figures),
      ].filter((node): node is CardElement => node !== null);
    case 'note':
      return [
        eyebrow(h('div', null, model.date)),
        title(model.title, false),
        h('div', { style: { flexGrow: 1 } }),
        model.figure ? figures([model.figure]) : null,
        h(
          'div',
          { style: { display: 'flex', alignItems: 'baseline', gap: 12, fontSize: 30, minWidth: 0, marginTop: model.figure ? 20 : 0 } },
          h('div', { style: { color: colors.muted, flexShrink: 0 } }, 'Source'),
          h('div', { style: { ...oneLine, fontWeight: 700, color: colors.ink } }, model.publisher),
        ),
        h(
          'div',
          { style: { display: 'flex', gap: 12, marginTop: 18 } },
          ...model.topics.slice(0, 3).map(chip),
        ),
      ].filter((node): node is CardElement => node !== null);
    case 'topic':
      return [
        title(model.title, model.description.length === 0),
        description(model.description),
        h('div', { style: { flexGrow: 1 } }),
        listFooter(model.noteCount, model.trend),
      ].filter((node): node is CardElement => node !== null);
    case 'entity':
      return [
        title(model.name, !model.description),
        description(model.description),
        h('div', { style: { flexGrow: 1 } }),
        listFooter(model.noteCount, model.trend),
      ].filter((node): node is CardElement => node !== null);
    case 'site':
      return [
        h('div', { style: { flexGrow: 1 } }),
        h(
          'div',
          { style: { display: 'block', fontSize: 104, fontWeight: 700, color: colors.ink, letterSpacing: -2, lineClamp: 2, overflowWrap: 'break-word' } },
          model.site.name,
        ),
        h(
          'div',
          { style: { display: 'block', fontSize: 40, color: colors.muted, marginTop: 12, lineClamp: 2, overflowWrap: 'break-word' } },
          model.site.tagline,
        ),
        h('div', { style: { flexGrow: 1 } }),
      ];
  }
}

/** The satori element tree of a card. */
export function cardTree(model: CardModel): CardElement {
  colors = { ...baseColors, ...model.site.colors };
  return h(
    'div',
    {
      style: {
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: colors.paper,
        color: colors.ink,
        fontFamily: 'inter-latin',
        fontWeight: 400,
      },
    },
    h('div', { style: { height: 14, backgroundColor: colors.accent, flexShrink: 0 } }),
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          minHeight: 0,
          padding: `44px ${PAD_X}px 52px`,
        },
      },
      header(model),
      h('div', { style: { height: 1, backgroundColor: colors.rule, marginTop: 24, marginBottom: 28, flexShrink: 0 } }),
      ...body(model),
    ),
  );
}
