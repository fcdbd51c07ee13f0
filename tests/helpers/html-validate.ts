/**
 * The valid-HTML gate: html-validate on every HTML file of a folder, web pages with the
 * project's .htmlvalidate.mjs and email editions with its email rules. The configs are
 * loaded explicitly so a copy of a build in a temp folder is judged by the same rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config, { emailConfig } from '../../.htmlvalidate.mjs';
import { isWebPage } from '../../src/lib/paths.ts';
import { htmlPagesOf } from './page-kinds.ts';

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

const validators = new Map<'web' | 'email', HtmlValidate>();

function validatorFor(kind: 'web' | 'email'): HtmlValidate {
  let validator = validators.get(kind);
  if (!validator) {
    validator = new HtmlValidate(new StaticConfigLoader(kind === 'web' ? config : emailConfig));
    validators.set(kind, validator);
  }
  return validator;
}

/** Validates every HTML file under `dir`; returns every problem with its file (relative to dir). */
export async function validateHtmlDir(dir: string): Promise<{ files: number; emails: number; problems: HtmlProblem[] }> {
  const files = htmlPagesOf(dir);
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const kind = isWebPage(file) ? 'web' : 'email';
    const report = await validatorFor(kind).validateString(fs.readFileSync(path.join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return { files: files.length, emails: files.filter((file) => !isWebPage(file)).length, problems };
}

export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`).join('\n');
}
