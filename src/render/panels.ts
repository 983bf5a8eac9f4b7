/**
 * Templates name the pages whose size is fixed (a cover, the contacts page, the reading
 * panels of a tri-fold) with `id={panelId(name)}`; the renderer counts the pages each
 * name produced and compares them with the template's limits.
 */
const PREFIX = 'panel:';

export const panelId = (name: string) => `${PREFIX}${name}`;
export const panelName = (id: string | undefined) => (id?.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined);
