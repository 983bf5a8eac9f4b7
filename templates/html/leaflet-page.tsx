import type { LocalizedBlock, LocalizedLeaflet } from '../../src/localize/model.ts';
import { shortLabel } from '../_parts/theme.ts';
import { ContactEntry } from './_parts/contact.tsx';
import { Editions, type Edition } from './_parts/editions.tsx';
import { HtmlDocument } from './_parts/html-document.tsx';
import { FactLink, plain, RichText, textKit, type TextKit } from './_parts/rich-text.tsx';

export interface LeafletPageProps {
  leaflet: LocalizedLeaflet;
  /** From this page up to the site's root: "../../". */
  root: string;
  /** This leaflet's PDFs in this language. */
  editions: Edition[];
}

/**
 * The HTML edition of a leaflet in one language, from the same localized leaflet as the
 * PDFs: the title, the hotline first, every section with its heading, the contacts, the
 * PDFs, and where the text comes from. A draft says so at the top and at the foot, as
 * every page of the PDF does.
 */
export function LeafletPage({ leaflet, root, editions }: LeafletPageProps) {
  const { ui, cover, locale } = leaflet;
  const kit = textKit(leaflet);
  const phone = cover.hotline.phones[0];
  // Whom to call when the hotline is closed, as on the PDF's cover (chosen by hours).
  const hotline = cover.hotline;
  const closes = hotline.hours !== undefined && !hotline.alwaysOpen;
  const afterHeading = closes ? ui.hotlineClosed(hotline.short ?? hotline.name) : ui.hotlineAnyTime;
  const draft = ui.draftLine ? <p className="draft">{ui.draftLine}</p> : null;
  return (
    <HtmlDocument lang={locale.code} dir={locale.direction} title={leaflet.title} root={root} scale={leaflet.fontScale}>
      <header className="bar">
        <a href={`${root}index.html#${locale.code}`}>{ui.site.allLanguages}</a>
        <span className="badge">{ui.endonym}</span>
      </header>
      {draft}
      <main>
        <h1>
          <RichText text={leaflet.title} kit={kit} />
        </h1>
        {/* The hotline before anything else: a reader who reads nothing more has the number. */}
        <div className="hotline">
          <p>
            <RichText text={cover.lead} kit={kit} />
          </p>
          {phone ? (
            <p className="big">
              <FactLink text={plain(phone.display)} href={`tel:${phone.tel}`} />
            </p>
          ) : null}
          {phone?.international ? (
            <p>
              <FactLink text={plain(phone.international)} href={`tel:${phone.tel}`} />
            </p>
          ) : null}
          <p className="big-name">
            {hotline.short ?? hotline.name}
            {hotline.role ? <span className="role"> – {hotline.role}</span> : null}
          </p>
          {cover.hotline.hours ? <p>{cover.hotline.hours}</p> : null}
          {cover.hotline.email ? (
            <p>
              <FactLink text={plain(cover.hotline.email)} href={`mailto:${plain(cover.hotline.email)}`} />
            </p>
          ) : null}
          {cover.notes.map((note, i) => (
            <p key={i} className="note">
              <RichText text={note} kit={kit} />
            </p>
          ))}
        </div>
        {leaflet.afterHours.length > 0 ? (
          <div className="emergency">
            <p className="after-heading">{afterHeading}</p>
            <ul className="after-hours">
              {leaflet.afterHours.map((c) => (
                <li key={c.id}>
                  {c.phones[0] ? <FactLink text={plain(c.phones[0].display)} href={`tel:${c.phones[0].tel}`} /> : null}{' '}
                  <span className="who">
                    {shortLabel(c) ?? c.name}
                    {c.role ? ` – ${c.role}` : ''}
                  </span>
                  {c.hours ? <span className="hours"> ({c.hours})</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        {leaflet.sections.map((section) => (
          <section key={section.id} id={section.id}>
            <h2 {...langAttrs(section.lang, leaflet)}>
              <RichText text={section.heading} kit={kit} />
            </h2>
            {/* As in the PDF: a section with text not yet translated says so, in the reader's language. */}
            {section.blocks.some((b) => b.lang !== undefined || (b.kind === 'list' && b.items.some((i) => i.lang !== undefined))) ? (
              <p className="muted">{ui.untranslated}</p>
            ) : null}
            {section.blocks.map((block) => (
              <Block key={block.id} block={block} kit={kit} leaflet={leaflet} />
            ))}
          </section>
        ))}

        <section id="contacts">
          <h2>{ui.backHeading}</h2>
          <ul className="contacts">
            {leaflet.contacts.map((c) => (
              <ContactEntry key={c.id} contact={c} leaflet={leaflet} />
            ))}
          </ul>
        </section>

        {editions.length > 0 ? (
          <section id="pdf">
            <h2>{ui.site.pdfHeading}</h2>
            <Editions editions={editions} printFiles={ui.site.printFiles} level={3} />
          </section>
        ) : null}
      </main>
      <footer>
        <p>{ui.imprint.publisher}</p>
        <p>{ui.imprint.source}</p>
        <p>{ui.imprint.validFrom}</p>
        {draft}
      </footer>
    </HtmlDocument>
  );
}

/** lang and dir for text printed in the source language because the translation lacks it. */
function langAttrs(lang: string | undefined, leaflet: LocalizedLeaflet): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!lang || lang === leaflet.locale.code) return {};
  return { lang, ...(leaflet.fallbackLocale ? { dir: leaflet.fallbackLocale.direction } : {}) };
}

function Block({ block, kit, leaflet }: { block: LocalizedBlock; kit: TextKit; leaflet: LocalizedLeaflet }) {
  if (block.kind === 'list') {
    return (
      <ul {...langAttrs(block.lang, leaflet)}>
        {block.items.map((item, i) => (
          <li key={i} {...(block.lang ? {} : langAttrs(item.lang, leaflet))}>
            <RichText text={item.text} kit={kit} />
            {item.items.length > 0 ? (
              <ul>
                {item.items.map((sub, j) => (
                  <li key={j}>
                    <RichText text={sub} kit={kit} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p className={block.kind === 'callout' ? 'callout' : undefined} {...langAttrs(block.lang, leaflet)}>
      <RichText text={block.text} kit={kit} />
    </p>
  );
}
