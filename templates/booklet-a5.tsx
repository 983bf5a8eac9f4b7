import { Document, Link, Page, Text, View } from '@react-pdf/renderer';
import { Fragment } from 'react';
import { ONE_PAGE } from '../src/render/one-page.ts';
import type { Template, TemplateProps } from '../src/render/template.ts';
import { Blocks } from './_parts/blocks.tsx';
import { ContactEntry } from './_parts/contacts.tsx';
import { Footer } from './_parts/footer.tsx';
import { colors, direction, MM } from './_parts/theme.ts';

// A5 reading pages. Body 10.5 pt with 1.45 leading: large enough for a stressed reader,
// small enough that a section rarely breaks mid-thought.
const BODY = 10.5;
const SIDE = 15 * MM;
const TOP = 14 * MM;
const BOTTOM = 22 * MM;
const FOOTER_BOTTOM = 9 * MM;
// Room kept at the foot of the contacts page for the imprint (publisher, source, date).
const IMPRINT = 17 * MM;

function BookletA5({ leaflet, hyphenate, padPages, fit }: TemplateProps) {
  const dir = direction(leaflet);
  const z = (size: number) => size * leaflet.fontScale;
  const { ui, cover, metadata } = leaflet;
  const base = { fontFamily: leaflet.fontFamilies, color: colors.text };
  const page = { ...base, paddingTop: TOP, paddingBottom: BOTTOM, paddingHorizontal: SIDE };
  const hotlinePhone = cover.hotline.phones[0];

  return (
    <Document
      title={metadata.title}
      author={metadata.author}
      subject={metadata.subject}
      keywords={metadata.keywords}
      creator="leaflets"
      producer="leaflets (react-pdf)"
      language={metadata.language}
      creationDate={metadata.date}
      modificationDate={metadata.date}
    >
      {/* Cover: title, then the hotline block given the most weight on the page. */}
      <Page size="A5" style={{ ...base, padding: SIDE, justifyContent: 'space-between' }}>
        <View>
          <View style={{ flexDirection: dir.row, marginBottom: 10 * MM }}>
            <Text style={{ fontSize: z(9), color: colors.accent, borderWidth: 0.8, borderColor: colors.accent, borderRadius: 8, paddingVertical: 2, paddingHorizontal: 8 }}>
              {ui.endonym}
            </Text>
          </View>
          <Text style={{ fontSize: z(22), lineHeight: 1.22, fontWeight: 700, color: colors.accent, ...dir.text }}>{leaflet.title}</Text>
        </View>

        <View>
          <View style={{ backgroundColor: colors.accent, borderRadius: 6, padding: 6 * MM }}>
            <Text style={{ fontSize: z(12), color: colors.white, marginBottom: 4, ...dir.text }}>{cover.lead}</Text>
            {hotlinePhone ? (
              <Link src={`tel:${hotlinePhone.tel}`} style={{ textDecoration: 'none' }}>
                <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(30), fontWeight: 700, color: colors.white, ...dir.text }}>{hotlinePhone.display}</Text>
              </Link>
            ) : null}
            {cover.hotline.hours ? (
              <Text style={{ fontSize: z(11), color: colors.white, marginBottom: 6, ...dir.text }}>{cover.hotline.hours}</Text>
            ) : null}
            {cover.hotline.email ? (
              <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(11), color: colors.white, marginBottom: 8, ...dir.text }}>{cover.hotline.email}</Text>
            ) : null}
            {cover.notes.map((note, i) => (
              <Text key={i} style={{ fontSize: z(11.5), fontWeight: 700, color: colors.white, lineHeight: 1.35, ...dir.text }}>
                {note}
              </Text>
            ))}
          </View>
          {leaflet.emergency ? <Emergency {...{ leaflet }} /> : null}
          <Text style={{ fontSize: z(9), color: colors.muted, marginTop: 6 * MM, ...dir.text }}>{leaflet.publisher.name}</Text>
          {ui.draftLine ? (
            <Text style={{ fontSize: z(9), fontStyle: 'italic', color: colors.muted, marginTop: 2, ...dir.text }}>{ui.draftLine}</Text>
          ) : null}
        </View>
      </Page>

      {/* Reading pages: sections flow; a heading never ends a page without its first lines. */}
      <Page size="A5" style={page} wrap>
        {/* Headings and blocks are siblings directly on the page: react-pdf honours
            minPresenceAhead only for an element that has something before it in its parent. */}
        {leaflet.sections.map((section) => (
          <Fragment key={section.id}>
            <Text
              minPresenceAhead={z(BODY) * 5}
              style={{ fontSize: z(14), lineHeight: 1.25, fontWeight: 700, color: colors.accent, marginTop: 10, marginBottom: 7, ...dir.text }}
            >
              {section.heading}
            </Text>
            <Blocks blocks={section.blocks} leaflet={leaflet} hyphenate={hyphenate} size={z(BODY)} maxColumns={2} />
          </Fragment>
        ))}
        <Footer leaflet={leaflet} bottom={FOOTER_BOTTOM} side={SIDE} />
      </Page>

      {/* Notes pages, only as many as the booklet needs to reach a multiple of four. */}
      {Array.from({ length: padPages }, (_, i) => (
        <Page key={`notes-${i}`} size="A5" style={page}>
          <Text style={{ fontSize: z(14), fontWeight: 700, color: colors.accent, marginBottom: 8, ...dir.text }}>{ui.notesHeading}</Text>
          {Array.from({ length: 17 }, (_, j) => (
            <View key={j} style={{ height: 26, borderBottomWidth: 0.5, borderColor: colors.rule }} />
          ))}
          <Footer leaflet={leaflet} bottom={FOOTER_BOTTOM} side={SIDE} />
        </Page>
      ))}

      {/* Back page: every contact, then where this leaflet comes from and how current it is. */}
      <Page id={`${ONE_PAGE}contacts page`} size="A5" style={{ ...page, paddingBottom: BOTTOM + IMPRINT }}>
        <Text style={{ fontSize: z(15) * fit, fontWeight: 700, color: colors.accent, marginBottom: 8 * fit, ...dir.text }}>{ui.backHeading}</Text>
        {leaflet.contacts.map((contact) => (
          <ContactEntry key={contact.id} contact={contact} leaflet={leaflet} size={z(9.5) * fit} />
        ))}
        {/* Pinned above the footer. Fixed, because react-pdf evaluates the page-count
            render prop only on fixed elements; and a render-prop text with a lineHeight
            comes out empty (react-pdf 4.9), so the page-count line has none. */}
        <View fixed style={{ position: 'absolute', bottom: BOTTOM - 2 * MM, left: SIDE, right: SIDE }}>
          {[ui.imprint.publisher, ui.imprint.source, ui.imprint.validFrom].map((line, i) => (
            <Text key={i} style={{ fontSize: z(8), color: colors.muted, lineHeight: 1.3, ...dir.text }}>
              {line}
            </Text>
          ))}
          <Text style={{ fontSize: z(8), color: colors.muted, marginTop: 1, ...dir.text }} render={({ totalPages }) => ui.pagesLine(totalPages)} />
        </View>
        <Footer leaflet={leaflet} bottom={FOOTER_BOTTOM} side={SIDE} />
      </Page>
    </Document>
  );
}

/** "In an emergency, call 112", set apart from the hotline so neither is missed. */
function Emergency({ leaflet }: Pick<TemplateProps, 'leaflet'>) {
  const dir = direction(leaflet);
  const z = (size: number) => size * leaflet.fontScale;
  const phone = leaflet.emergency?.phones[0];
  if (!phone) return null;
  return (
    <View style={{ flexDirection: dir.row, alignItems: 'center', marginTop: 4 * MM, borderWidth: 1.2, borderColor: colors.accent, borderRadius: 6, padding: 3 * MM }}>
      <Text style={{ fontSize: z(12), fontWeight: 700, color: colors.accent, flex: 1, ...dir.text }}>{leaflet.ui.emergency}</Text>
      <Text style={{ fontFamily: leaflet.latinFamilies, fontSize: z(24), fontWeight: 700, color: colors.accent, marginHorizontal: 6 }}>{phone.display}</Text>
    </View>
  );
}

export const bookletA5: Template = {
  id: 'booklet-a5',
  pageMultiple: 4,
  // Called as a function so the result is the <Document> itself, which the renderer
  // can give an onRender handler to count pages.
  render: (props) => BookletA5(props),
};
