export { jsonLdText } from './serialize.ts';
export { structuredData, type PageRefs, type StructuredDataSite } from './pages.ts';
