/** Component tests render .astro files through Astro's own Vite config (Container API). */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/components/**/*.test.ts'],
    environment: 'node',
  },
});
