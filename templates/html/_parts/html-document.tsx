import type { CSSProperties, ReactNode } from 'react';

/**
 * The frame of every page: language and direction on <html>, a viewport for phones, the
 * one stylesheet (fonts included) by a relative address, and nothing that runs: the
 * site works with JavaScript off.
 */
export function HtmlDocument({ lang, dir, title, root, scale, children }: { lang: string; dir: 'ltr' | 'rtl'; title: string; root: string; scale: number; children: ReactNode }) {
  return (
    <html lang={lang} dir={dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={`${root}assets/site.css`} />
      </head>
      <body style={{ '--scale': String(scale) } as CSSProperties}>{children}</body>
    </html>
  );
}
