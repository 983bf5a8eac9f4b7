import { SITE_DIR } from '../write/site.ts';

export { SITE_DIR };

/** A leaflet's page in one language, relative to the site: also the tail of its online address. */
export const pagePath = (leaflet: string, locale: string) => `${leaflet}/${locale}/`;

/** The file of that page, relative to output/: where a card's QR code leads. */
export const pageFile = (leaflet: string, locale: string) => `${SITE_DIR}/${pagePath(leaflet, locale)}index.html`;

/** The online address of a leaflet in one language: the site's page. */
export const onlineUrl = (base: string, leaflet: string, locale: string) => `${base}${pagePath(leaflet, locale)}`;

/** The file an online address of this site leads to, relative to output/ (its last two folders name it). */
export function fileOfUrl(url: string): string | undefined {
  const m = /([^/]+)\/([^/]+)\/$/.exec(url);
  return m ? pageFile(m[1] ?? '', m[2] ?? '') : undefined;
}

/** From a page `depth` folders below the site's root, the way back up: "" or "../../". */
export const up = (depth: number) => '../'.repeat(depth);
