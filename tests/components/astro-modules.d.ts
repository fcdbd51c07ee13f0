// Plain `tsc` cannot read .astro files (astro check can); tests import them as components.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
