/**
 * The components an MDX note may use, under one import:
 *   import { PullQuote, Aside, Figure } from 'quarterdeck/components';
 * (`quarterdeck/components` is an alias in astro.config.mjs, so the import works from any
 * content folder.)
 */
export { default as Aside } from './Aside.astro';
export { default as Figure } from './Figure.astro';
export { default as PullQuote } from './PullQuote.astro';
