/** Placeholder wiring; the checks themselves land in src/lib/checks. */
import type { AstroIntegration } from 'astro';

export function contentChecks(): AstroIntegration {
  return { name: 'quarterdeck:content-checks', hooks: {} };
}
