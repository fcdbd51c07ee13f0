/**
 * The screenshot script works (npm run screenshots captures every kind; here two kinds, to
 * stay quick): full-page PNGs at phone and desktop width, light and dark, really different.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureScreenshots } from '../../scripts/screenshots.ts';
import { SITES, siteDist } from '../helpers/sites.ts';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-shots-'));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

function pngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  expect(header.subarray(1, 4).toString('ascii'), `${file} is a PNG`).toBe('PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe('screenshots', () => {
  it('captures a brief and a note, phone and desktop, light and dark', async () => {
    const files = await captureScreenshots({ dist: siteDist('sample'), contentDir: SITES.sample.contentDir, outDir, kinds: ['brief', 'note'] });
    expect(files.map((f) => path.basename(f)).sort()).toEqual(
      ['brief', 'note'].flatMap((kind) => ['desktop-dark', 'desktop-light', 'phone-dark', 'phone-light'].map((v) => `${kind}-${v}.png`)).sort(),
    );
    for (const file of files) {
      const { width, height } = pngSize(file);
      expect(width, file).toBe(file.includes('-phone-') ? 360 : 1280);
      // Full page: a brief is far taller than one screen.
      expect(height, file).toBeGreaterThan(file.includes('-phone-') ? 740 : 800);
    }
    // Dark differs from light.
    const light = fs.readFileSync(path.join(outDir, 'brief-phone-light.png'));
    const dark = fs.readFileSync(path.join(outDir, 'brief-phone-dark.png'));
    expect(light.equals(dark)).toBe(false);
  });
});
