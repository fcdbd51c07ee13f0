/**
 * html-validate configuration for the built site (tests/build/html-valid.test.ts runs it on
 * every page of dist/; `npx html-validate 'dist/**\/*.html'` picks it up too).
 * Everything in html-validate:recommended applies; each rule changed below says why.
 */
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Tuned, not off: a wide table scrolls inside `<div class="table-scroll" role="region"
    // aria-label tabindex="0">`, the established pattern for a keyboard-scrollable region
    // (axe: scrollable-region-focusable). A <section> would mean the same to assistive tech but
    // add an outline entry without a heading; every other role still has to be native.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // Off: <title> is "<note or brief title> · Quarterdeck" and note titles are the editors'
    // headlines, often longer than 70 characters. The limit is SEO advice about how much of a
    // title a search result shows (search engines truncate it themselves), not validity or
    // accessibility; cutting titles would make tabs and bookmarks worse.
    'long-title': 'off',
  },
};

/**
 * The email editions (briefs/<quarter>/email.html) are validated too, but as email: mail
 * clients (Outlook for Windows renders with Word) need what the web has deprecated. Each rule
 * turned off here is one the email's design requires; the rest of recommended still applies.
 * @type {import('html-validate').ConfigData}
 */
export const emailConfig = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    'long-title': 'off',
    // CSS is inlined by juice: Gmail drops <style> in many views, Outlook ignores classes.
    'no-inline-style': 'off',
    // width, bgcolor, align, cellpadding and cellspacing are the only layout Outlook for
    // Windows reads; the CSS beside them serves every other client.
    'no-deprecated-attr': 'off',
    // Layout tables carry role="presentation", the form every mail client and screen reader
    // knows; role="none" is its newer synonym with patchier support in mail web views.
    'presentation-role-style': 'off',
    // Mail clients rewrite and strip sectioning elements; the column is a table whose role
    // says it is an article, not an <article> the client may drop.
    'prefer-native-element': 'off',
    // Rows straight in <table> are valid HTML (the parser adds <tbody>); emails keep them short.
    'prefer-tbody': 'off',
    // juice writes the doctype as it was given; case is not meaningful in a doctype.
    'doctype-style': 'off',
  },
};
