/**
 * The valid-HTML gate: html-validate with the project's .htmlvalidate.mjs on every HTML file
 * of a folder. The config is loaded explicitly so a copy of a build in a temp folder is judged
 * by the same rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { htmlPagesOf } from './page-kinds.ts';

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

let validator: HtmlValidate | undefined;

export function htmlValidator(): HtmlValidate {
  validator ??= new HtmlValidate(new StaticConfigLoader(config));
  return validator;
}

/** Validates every HTML file under `dir`; returns every problem with its file (relative to dir). */
export async function validateHtmlDir(dir: string): Promise<{ files: number; problems: HtmlProblem[] }> {
  const files = htmlPagesOf(dir);
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await htmlValidator().validateString(fs.readFileSync(path.join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return { files: files.length, problems };
}

export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`).join('\n');
}
