/**
 * Satori element trees as plain objects (the shape React elements have), built with `h`.
 * Content text only ever goes in as a string child: satori lays it out and draws it as
 * glyph outlines, so no content is parsed as markup anywhere.
 */

export type CardStyle = Record<string, string | number>;

export interface CardElement {
  type: string;
  props: { style?: CardStyle; children?: CardNode[]; [name: string]: unknown };
}

export type CardNode = CardElement | string;

export function h(type: string, props: { style?: CardStyle; [name: string]: unknown } | null, ...children: (CardNode | null | false | undefined)[]): CardElement {
  const kept = children.filter((child): child is CardNode => typeof child === 'string' || (!!child && typeof child === 'object'));
  return { type, props: { ...props, children: kept } };
}

export interface TextRun {
  text: string;
  weight: number;
}

/** Every text child with the font weight it is drawn at (inherited like CSS). */
export function collectText(node: CardNode, weight = 400, into: TextRun[] = []): TextRun[] {
  if (typeof node === 'string') {
    into.push({ text: node, weight });
    return into;
  }
  const own = node.props.style?.fontWeight;
  const next = typeof own === 'number' ? own : own === 'bold' ? 700 : own === 'normal' ? 400 : weight;
  for (const child of node.props.children ?? []) collectText(child, next, into);
  return into;
}

/** The same tree with every text child replaced by `fn(text)`. */
export function mapText(node: CardNode, fn: (text: string) => string): CardNode {
  if (typeof node === 'string') return fn(node);
  return { ...node, props: { ...node.props, children: (node.props.children ?? []).map((child) => mapText(child, fn)) } };
}
