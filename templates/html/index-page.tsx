import type { LocalizedLeaflet } from '../../src/localize/model.ts';
import type { Locale } from '../../src/schema.ts';
import { Editions, type Edition } from './_parts/editions.tsx';
import { HtmlDocument } from './_parts/html-document.tsx';
import { RichText, textKit } from './_parts/rich-text.tsx';

/** One language on the index: its words (from any leaflet in it) and its leaflets. */
export interface IndexLanguage {
  locale: Locale;
  /** "I read this language", in the language itself. */
  iRead: string;
  leaflets: Array<{ leaflet: LocalizedLeaflet; page: string; webPage: string; editions: Edition[] }>;
}

export interface IndexPageProps {
  /** The page's title in the languages the language chart is titled in; the first is the page's language. */
  title: Array<{ lang: string; text: string }>;
  languages: IndexLanguage[];
}

/**
 * "Choose your language": every language by its own name with "I read this language" in
 * it, as large buttons; then, per language, each leaflet with its web page and PDFs.
 */
export function IndexPage({ title, languages }: IndexPageProps) {
  const first = title[0] ?? { lang: 'en', text: '' };
  return (
    <HtmlDocument lang={first.lang} dir="ltr" title={title.map((t) => t.text).join(' · ')} root="" scale={1}>
      <main>
        <h1 id="choose">
          {title.map((t, i) => (
            <span key={t.lang} lang={t.lang}>
              {i > 0 ? ' · ' : ''}
              {t.text}
            </span>
          ))}
        </h1>
        <nav aria-labelledby="choose">
          <ul className="languages">
            {languages.map(({ locale, iRead }) => (
              <li key={locale.code}>
                <a href={`#${locale.code}`} lang={locale.code} dir={locale.direction}>
                  <span className="endonym">{locale.endonym}</span>
                  <span className="iread">{iRead}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {languages.map(({ locale, leaflets }) => (
          <section key={locale.code} id={locale.code} lang={locale.code} dir={locale.direction} className="language">
            <h2>{locale.endonym}</h2>
            {leaflets.map(({ leaflet, page, webPage, editions }) => (
              <article key={leaflet.id} className="leaflet">
                <h3>
                  <a href={page}>
                    <RichText text={leaflet.title} kit={{ facts: [], whole: textKit(leaflet).whole }} />
                  </a>
                </h3>
                {leaflet.ui.draftLine ? <p className="draft">{leaflet.ui.draftLine}</p> : null}
                <p>
                  <a className="button" href={page}>
                    {webPage}
                  </a>
                </p>
                <Editions editions={editions} printFiles={leaflet.ui.site.printFiles} level={4} />
              </article>
            ))}
          </section>
        ))}
      </main>
    </HtmlDocument>
  );
}
