/**
 * The email's stylesheet. Everything outside a media query is inlined by juice (most
 * clients drop or mangle <style>); the two media queries stay in a <style> for the clients
 * that honour them: dark mode (Apple Mail, Outlook for Mac, iOS) and small screens.
 *
 * Colours are the site's, with no pure white or black: clients that force a dark mode
 * (Gmail's apps, Outlook) invert or darken light backgrounds, and mid-tone text on an
 * off-white survives that where #000-on-#fff turns muddy. Text is never an image.
 */
import type { EmailSettings } from './model.ts';

/** The column: 600 px is what every client lays out without scaling. */
export const EMAIL_WIDTH = 600;
/** The column minus its side padding: the widest an image in the lede may be. */
export const CONTENT_WIDTH = EMAIL_WIDTH - 2 * 28;

// No `system-ui`: Outlook for Windows does not know it and falls back to Times.
const SANS = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const SERIF = "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif";

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

/** `from` moved `amount` (0–1) of the way towards `to`. */
export function mix(from: string, to: string, amount: number): string {
  const a = rgb(from);
  const b = rgb(to);
  return `#${a.map((c, i) => Math.round(c + (b[i]! - c) * amount).toString(16).padStart(2, '0')).join('')}`;
}

export interface Palette {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
  accent: string;
  /** Text on the accent (the "Read on the site" button). */
  onAccent: string;
  /** Around the column. */
  tint: string;
}

export function palettes(colors: EmailSettings['colors']): { light: Palette; dark: Palette } {
  const { paper, ink, accent } = colors;
  const darkPaper = '#17191e';
  const darkInk = '#e8e6e1';
  return {
    light: {
      paper,
      ink,
      muted: mix(ink, paper, 0.32),
      rule: mix(ink, paper, 0.84),
      accent,
      onAccent: paper,
      tint: mix(ink, paper, 0.95),
    },
    dark: {
      paper: darkPaper,
      ink: darkInk,
      muted: mix(darkInk, darkPaper, 0.25),
      rule: mix(darkInk, darkPaper, 0.78),
      accent: mix(accent, '#ffffff', 0.55),
      onAccent: darkPaper,
      tint: '#101216',
    },
  };
}

export function emailCss(colors: EmailSettings['colors']): string {
  const { light: c, dark: d } = palettes(colors);
  return `
body { margin: 0; padding: 0; background-color: ${c.tint}; color: ${c.ink}; }
.outer { background-color: ${c.tint}; }
.outer-cell { padding: 24px 12px; }
.column { background-color: ${c.paper}; border: 1px solid ${c.rule}; }
.main { padding: 32px 28px; font-family: ${SANS}; font-size: 16px; line-height: 1.55; color: ${c.ink}; word-break: break-word; }
.preheader { display: none; font-size: 1px; line-height: 1px; max-height: 0; max-width: 0; overflow: hidden; mso-hide: all; color: ${c.tint}; }
a { color: ${c.accent}; text-decoration: underline; }
p { margin: 0 0 14px; }
h1 { margin: 0 0 10px; font-family: ${SERIF}; font-size: 28px; line-height: 1.2; font-weight: bold; color: ${c.ink}; }
h2 { margin: 32px 0 12px; padding-top: 20px; border-top: 1px solid ${c.rule}; font-family: ${SERIF}; font-size: 21px; line-height: 1.25; font-weight: bold; color: ${c.ink}; }
h3 { margin: 22px 0 8px; font-family: ${SERIF}; font-size: 18px; line-height: 1.3; font-weight: bold; color: ${c.ink}; }
h4 { margin: 16px 0 4px; font-size: 16px; line-height: 1.35; font-weight: bold; }
.eyebrow { margin: 0 0 6px; font-size: 13px; line-height: 1.4; font-weight: bold; letter-spacing: 0.04em; text-transform: uppercase; color: ${c.muted}; }
.meta { margin: 0 0 4px; font-size: 14px; line-height: 1.45; color: ${c.muted}; }
.site-name { margin: 0 0 18px; font-size: 14px; font-weight: bold; }
.site-name a { color: ${c.ink}; text-decoration: none; }
.button-row { margin: 14px 0 24px; }
.button-cell { background-color: ${c.accent}; }
.button { display: inline-block; padding: 10px 18px; font-size: 15px; font-weight: bold; color: ${c.onAccent}; text-decoration: none; }
.lede ul, .lede ol { margin: 0 0 14px; padding-left: 24px; }
.lede li { margin: 0 0 6px; }
.lede blockquote { margin: 0 0 14px; padding-left: 14px; border-left: 3px solid ${c.rule}; color: ${c.muted}; }
.lede img { height: auto; max-width: 100%; border: 0; }
.lede code, .lede .code { font-family: Menlo, Consolas, 'Courier New', monospace; font-size: 14px; }
.lede .code { margin: 0 0 14px; padding: 10px 12px; background-color: ${c.tint}; line-height: 1.45; }
.lede table { margin: 0 0 14px; border-collapse: collapse; }
.lede th, .lede td { padding: 6px 10px 6px 0; border-bottom: 1px solid ${c.rule}; font-size: 15px; vertical-align: top; }
.lede hr { margin: 20px 0; border: 0; border-top: 1px solid ${c.rule}; }
.number-value { padding: 10px 12px 12px 0; border-top: 1px solid ${c.rule}; font-size: 19px; line-height: 1.3; font-weight: bold; color: ${c.accent}; }
.number-what { padding: 10px 0 12px; border-top: 1px solid ${c.rule}; font-size: 15px; line-height: 1.45; }
.number-label { margin: 0; font-weight: bold; }
.number-meta { margin: 0; font-size: 14px; color: ${c.muted}; }
.topic { margin: 24px 0 10px; }
.note { margin: 0 0 18px; }
.note-title { margin: 0 0 2px; font-weight: bold; }
.note-summary { margin: 4px 0 0; }
.quote { margin: 0 0 18px; padding-left: 14px; border-left: 3px solid ${c.accent}; }
.quote-text { margin: 0 0 4px; font-family: ${SERIF}; font-size: 17px; line-height: 1.45; }
.quote-by { margin: 0; font-size: 14px; color: ${c.muted}; }
.source { margin: 0 0 10px; font-size: 14px; line-height: 1.45; }
.footer { padding: 20px 28px 28px; border-top: 1px solid ${c.rule}; font-family: ${SANS}; font-size: 13px; line-height: 1.5; color: ${c.muted}; }
.footer p { margin: 0 0 6px; }
.footer a { color: ${c.muted}; }
@media (prefers-color-scheme: dark) {
  body, .outer { background-color: ${d.tint} !important; color: ${d.ink} !important; }
  .column { background-color: ${d.paper} !important; border-color: ${d.rule} !important; }
  .main, h1, h2, h3, h4, .site-name a { color: ${d.ink} !important; }
  h2, .number-value, .number-what, .footer, .lede th, .lede td, .lede hr { border-color: ${d.rule} !important; }
  .lede .code { background-color: ${d.tint} !important; }
  .eyebrow, .meta, .number-meta, .quote-by, .footer, .footer a, .lede blockquote { color: ${d.muted} !important; }
  a, .number-value { color: ${d.accent} !important; }
  .quote { border-color: ${d.accent} !important; }
  .button-cell { background-color: ${d.accent} !important; }
  .button { color: ${d.onAccent} !important; }
  .preheader { color: ${d.tint} !important; }
}
@media (max-width: 620px) {
  .outer-cell { padding: 0 !important; }
  .column { border-width: 0 !important; }
  .main { padding: 24px 16px !important; }
  .footer { padding: 18px 16px 24px !important; }
  h1 { font-size: 24px !important; }
}
@media (max-width: 480px) {
  .number-value, .number-what { display: block !important; width: auto !important; }
  .number-value { padding: 10px 0 0 !important; }
  .number-what { padding: 2px 0 12px !important; border-top-width: 0 !important; }
}
`;
}
