/**
 * Screenshots for a look by eye: full-page PNGs at phone and desktop width, light and dark.
 * In the suite, two kinds to a temporary folder, to prove the capture works and that dark
 * differs from light; `npm run screenshots` (QD_SCREENSHOTS=all) takes every kind of page of
 * the sample build and keeps them in tests/screenshots/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureScreenshots } from '../helpers/screenshots.ts';
import { SITES, projectRoot, siteDist } from '../helpers/sites.ts';

const all = process.env.QD_SCREENSHOTS === 'all';
const outDir = all ? path.join(projectRoot, 'tests', 'screenshots') : fs.mkdtempSync(path.join(os.tmpdir(), 'qd-shots-'));
afterAll(() => {
  if (!all) fs.rmSync(outDir, { recursive: true, force: true });
});

function pngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  expect(header.subarray(1, 4).toString('ascii'), `${file} is a PNG`).toBe('PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe('screenshots', () => {
  it(`captures ${all ? 'every kind of page' : 'a brief and a note'}, phone and desktop, light and dark`, { timeout: 180_000 }, async () => {
    const kinds = all ? undefined : (['brief', 'note'] as const);
    const files = await captureScreenshots({ dist: siteDist('sample'), contentDir: SITES.sample.contentDir, outDir, ...(kinds ? { kinds: [...kinds] } : {}) });
    if (kinds) {
      expect(files.map((f) => path.basename(f)).sort()).toEqual(
        kinds.flatMap((kind) => ['desktop-dark', 'desktop-light', 'phone-dark', 'phone-light'].map((v) => `${kind}-${v}.png`)).sort(),
      );
    } else {
      console.log(`${files.length} screenshots in ${path.relative(process.cwd(), outDir)}`);
    }
    for (const file of files.filter((f) => /\/(brief|note)-/.test(f))) {
      const { width, height } = pngSize(file);
      expect(width, file).toBe(file.includes('-phone-') ? 360 : 1280);
      // Full page: a brief is far taller than one screen.
      expect(height, file).toBeGreaterThan(file.includes('-phone-') ? 740 : 800);
    }
    const light = fs.readFileSync(path.join(outDir, 'brief-phone-light.png'));
    const dark = fs.readFileSync(path.join(outDir, 'brief-phone-dark.png'));
    expect(light.equals(dark)).toBe(false);
  });
});
