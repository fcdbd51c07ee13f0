/**
 * The XSL stylesheet every feed points to (`<?xml-stylesheet type="text/xsl"?>`), so that a
 * browser opening a feed shows a readable page: what a feed is, the address to copy into a
 * reader, and the items with links and dates. XSLT 1.0, no JavaScript, inline CSS with light
 * and dark colours. Generated from site settings (name, language, base) by src/pages/rss.xsl.ts.
 */
import { site } from '../../site.ts';
import { withBase } from '../urls.ts';
import { escapeXml } from './xml.ts';

const CSS = `
:root { color-scheme: light dark; --paper: #fbfaf7; --ink: #15181e; --muted: #525866; --rule: #dcd9d0; --accent: #0b5cad; --tint: #f0eee7; }
@media (prefers-color-scheme: dark) { :root { --paper: #121418; --ink: #e8e6e1; --muted: #a7adba; --rule: #2f333b; --accent: #8cc4ff; --tint: #1b1e24; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; overflow-wrap: break-word; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1, h2, h3 { font-family: Charter, 'Bitstream Charter', Cambria, Georgia, serif; line-height: 1.2; }
h1 { font-size: clamp(1.7rem, 1.2rem + 2.5vw, 2.5rem); margin: 0.3em 0; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 0 0 0.2rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
.site { margin: 0; font-weight: 600; }
.lede { color: var(--muted); }
.about { background: var(--tint); border: 1px solid var(--rule); border-radius: 6px; padding: 0.75rem 1rem; }
.about h2 { margin-top: 0.2rem; }
.about p { margin: 0.4rem 0; }
.address { display: block; padding: 0.4rem 0.6rem; background: var(--paper); border: 1px solid var(--rule); border-radius: 4px; font: 0.92rem ui-monospace, Menlo, Consolas, monospace; overflow-wrap: anywhere; user-select: all; }
ol { list-style: none; padding: 0; }
li { padding: 0.9rem 0; border-top: 1px solid var(--rule); }
li p { margin: 0.2rem 0; }
.meta { color: var(--muted); font-size: 0.92rem; }
`;

export function feedStylesheet(base: string): string {
  const home = escapeXml(withBase(base, ''));
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
<xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
<xsl:template match="/">
<html lang="${escapeXml(site.language)}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="color-scheme" content="light dark"/>
<meta name="robots" content="noindex"/>
<title><xsl:value-of select="rss/channel/title"/> (RSS feed)</title>
<style>${CSS}</style>
</head>
<body>
<main>
<p class="site"><a href="${home}">${escapeXml(site.name)}</a></p>
<h1><xsl:value-of select="rss/channel/title"/></h1>
<p class="lede"><xsl:value-of select="rss/channel/description"/></p>
<section class="about" aria-labelledby="about-feed">
<h2 id="about-feed">This is a web feed</h2>
<p>Subscribe to it in a feed reader: copy this address into your reader's “add feed” box.</p>
<p><code class="address"><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href"/></code></p>
<p>New to feeds? A reader shows you each new item from the sites you follow, without an account or an algorithm. Or just <a href="{rss/channel/link}">read it on the site</a>.</p>
</section>
<h2>Latest items</h2>
<xsl:choose>
<xsl:when test="rss/channel/item">
<ol>
<xsl:for-each select="rss/channel/item">
<li>
<h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
<p class="meta"><xsl:value-of select="substring(pubDate, 6, 11)"/><xsl:for-each select="category"> · <xsl:value-of select="."/></xsl:for-each></p>
<p><xsl:value-of select="description"/></p>
</li>
</xsl:for-each>
</ol>
</xsl:when>
<xsl:otherwise><p>No items yet.</p></xsl:otherwise>
</xsl:choose>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
}
