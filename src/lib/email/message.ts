/**
 * The .eml: a MIME multipart/alternative message (text, then HTML: clients show the last
 * part they can) composed by nodemailer's MailComposer. Deterministic: the Date is the
 * brief's publication day, the Message-ID and the part boundaries derive from the content,
 * so the same brief always gives the same file.
 */
import { createHash } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailModel } from './model.ts';

/**
 * The From: of the message, from the site's `author`:
 * - `Jane Doe <jane@example.org>` or `jane@example.org`: as written;
 * - a name alone (`Jane Doe`): that name at `no-reply@` the site's host, so that a mail
 *   client shows who wrote it and a newsletter service has an address to replace with its own;
 * - no author: no From at all (a client shows the message as from nobody, a service fills it in).
 */
export function fromAddress(author: string | null, siteUrl: string): { name: string; address: string } | null {
  if (!author) return null;
  const [parsed] = addressparser(author);
  if (parsed && 'address' in parsed && parsed.address?.includes('@')) return { name: parsed.name ?? '', address: parsed.address };
  return { name: author, address: `no-reply@${new URL(siteUrl).hostname}` };
}

export interface EmailParts {
  html: string;
  text: string;
}

export async function emailMessage(model: EmailModel, parts: EmailParts): Promise<Buffer> {
  const digest = createHash('sha256').update(model.briefUrl).update('\0').update(parts.text).update('\0').update(parts.html).digest('hex');
  const host = new URL(model.briefUrl).hostname;
  const from = fromAddress(model.author, model.briefUrl);
  const composer = new MailComposer({
    ...(from ? { from } : {}),
    subject: model.title,
    date: model.published,
    messageId: `<${model.slug}.${digest.slice(0, 16)}@${host}>`,
    baseBoundary: digest.slice(16, 32),
    text: { content: parts.text, contentType: 'text/plain; charset=utf-8' },
    html: { content: parts.html, contentType: 'text/html; charset=utf-8' },
  });
  return composer.compile().build();
}
