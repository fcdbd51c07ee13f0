import { describe, expect, it } from 'vitest';
import { astroEnv } from '../../src/lib/build/astro-env.ts';

describe('astroEnv', () => {
  it("passes the caller's variables on, with the build's settings over them, and leaves out the shell's last command", () => {
    const env = astroEnv({ _: '/usr/bin/npm', PATH: '/usr/bin', OUT_DIR: 'dist', SITE_URL: 'https://example.org' }, { OUT_DIR: '.dist.staging' });
    expect(env).toEqual({ MIMALLOC_ALLOW_THP: '0', PATH: '/usr/bin', OUT_DIR: '.dist.staging', SITE_URL: 'https://example.org' });
  });

  it("turns off the native allocator's huge pages unless the caller chose otherwise", () => {
    expect(astroEnv({}, {}).MIMALLOC_ALLOW_THP).toBe('0');
    expect(astroEnv({ MIMALLOC_ALLOW_THP: '1' }, {}).MIMALLOC_ALLOW_THP).toBe('1');
  });

  it('does not change the environment it was given', () => {
    const caller = { _: 'node', HOME: '/root' };
    astroEnv(caller, {});
    expect(caller).toEqual({ _: 'node', HOME: '/root' });
  });
});
