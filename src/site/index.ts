export { buildSite, type SiteFile, type SiteInput } from './build-site.ts';
export { fileOfUrl, onlineUrl, pageFile, pagePath, SITE_DIR } from './paths.ts';
export { projectSite } from './project-site.ts';
