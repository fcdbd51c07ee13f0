/**
 * The Open Graph and Twitter tags of a page, in one list: SocialMeta.astro writes them and
 * `npm run check:cards` (scripts/check-cards.ts) checks a build for them, so the two never
 * disagree about which tags a page carries or how large its card is.
 */
import { CARD_HEIGHT, CARD_WIDTH } from './template.ts';

export interface SocialPage {
  siteName: string;
  type: 'website' | 'article';
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of its card. */
  image: string;
  imageAlt: string;
}

export interface SocialTag {
  /** Open Graph uses `property`, Twitter `name`. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export function socialTags(page: SocialPage): SocialTag[] {
  const og = (key: string, content: string): SocialTag => ({ attribute: 'property', key: `og:${key}`, content });
  const twitter = (key: string, content: string): SocialTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  return [
    og('site_name', page.siteName),
    og('type', page.type),
    og('title', page.title),
    og('description', page.description),
    og('url', page.url),
    og('image', page.image),
    og('image:type', 'image/png'),
    og('image:width', String(CARD_WIDTH)),
    og('image:height', String(CARD_HEIGHT)),
    og('image:alt', page.imageAlt),
    twitter('card', 'summary_large_image'),
    twitter('title', page.title),
    twitter('description', page.description),
    twitter('image', page.image),
    twitter('image:alt', page.imageAlt),
  ];
}

/** The keys every page must carry, in the order socialTags writes them. */
export const SOCIAL_TAG_KEYS: readonly string[] = socialTags({
  siteName: '',
  type: 'website',
  title: '',
  description: '',
  url: '',
  image: '',
  imageAlt: '',
}).map((tag) => tag.key);
