/**
 * The email edition of a brief (SPEC: `/briefs/<quarter>/email.html` and `email.txt`,
 * `npm run email`): one model, two renderings, one MIME message. Pure: the routes and the
 * script read the content and settings and pass them in.
 */
export { emailModel, type EmailLink, type EmailModel, type EmailSettings } from './model.ts';
export { renderEmailHtml, isHttps } from './html.ts';
export { renderEmailText } from './text.ts';
export { emailMessage, fromAddress, type EmailParts } from './message.ts';
export { MAX_LINE, TEXT_WIDTH, columns, isUrlToken, wrap } from './wrap.ts';
