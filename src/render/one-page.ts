/** Page id prefix for panels that must stay on one page (see TemplateProps.fit). */
export const ONE_PAGE = 'one-page:';
