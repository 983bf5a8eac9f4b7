import { Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement } from 'react';
import { panelId } from '../../src/render/panels.ts';
import type { TemplateProps } from '../../src/render/template.ts';
import { Section } from './blocks.tsx';
import { ContactEntry } from './contacts.tsx';
import { LeafletDocument } from './document.tsx';
import { Footer } from './footer.tsx';
import { EmergencyBox, HotlineBlock, LanguageBadge } from './cover.tsx';
import { colors, direction, langOf, legible, MM, outline, tag } from './theme.ts';

/** The page geometry and options of a reading edition (printed booklet, email PDF). */
export interface ReadingLayout {
  /** Page size in points, bleed included. */
  size: [number, number];
  /** Bleed on every side, in points (0 for screen editions). */
  bleed: number;
  side: number;
  top: number;
  bottom: number;
  /** Gap between the text area and the footer hanging below it. */
  footerGap: number;
  /** Body text size in points. */
  body: number;
  /** Columns for lists of short items. */
  columns: number;
  /** Write a tagged PDF (PDF/UA-1): only for editions no finishing step rebuilds. */
  tagged?: boolean;
}

export const CONTACTS_PANEL = 'contacts page';

/**
 * The full leaflet as reading pages: a cover with the title and the hotline given the most
 * weight, the sections (a heading never ends a page alone), notes pages when the renderer
 * asks for them, and a contacts back page with where the leaflet comes from.
 */
export function ReadingDocument({ leaflet, hyphenate, padPages, fit, layout }: TemplateProps & { layout: ReadingLayout }): ReactElement<DocumentProps> {
  const dir = direction(leaflet);
  const z = (size: number) => size * leaflet.fontScale;
  const { ui, metadata } = leaflet;
  const { bleed } = layout;
  const side = layout.side + bleed;
  const base = { fontFamily: leaflet.fontFamilies, color: colors.text };
  const page = { ...base, paddingTop: layout.top + bleed, paddingBottom: layout.bottom + bleed, paddingHorizontal: side };
  const footer = <Footer leaflet={leaflet} top={layout.size[1] - layout.bottom - bleed + layout.footerGap} side={side} />;
  // Room kept at the foot of the contacts page for the imprint (publisher, source, date).
  const imprint = 17 * MM;

  return (
    <LeafletDocument metadata={metadata} pageMode="useOutlines" tagged={layout.tagged === true}>
      {/* Cover: title, then the hotline block given the most weight on the page. */}
      <Page size={layout.size} style={{ ...base, padding: side, paddingVertical: layout.side + bleed, justifyContent: 'space-between' }}>
        <View>
          <LanguageBadge leaflet={leaflet} z={z} />
          <Text {...outline(leaflet.title)} {...tag('H1', { lang: langOf(leaflet, leaflet.title) })} style={{ fontSize: z(22), lineHeight: 1.22, fontWeight: 700, color: colors.accent, ...dir.text }}>
            {leaflet.title}
          </Text>
        </View>

        <View>
          <HotlineBlock leaflet={leaflet} z={z} />
          <EmergencyBox leaflet={leaflet} z={z} />
          <Text style={{ fontSize: z(9), color: colors.muted, marginTop: 6 * MM, ...dir.text }}>{leaflet.publisher.name}</Text>
          {ui.draftLine ? (
            <Text style={{ fontSize: z(9), fontStyle: 'italic', color: colors.muted, marginTop: 2, ...dir.text }}>{ui.draftLine}</Text>
          ) : null}
        </View>
      </Page>

      {/* Reading pages. Headings and blocks are siblings directly on the page: react-pdf
          honours minPresenceAhead only for an element that has something before it. */}
      <Page size={layout.size} style={page} wrap>
        {leaflet.sections.map((section) => {
          const heading = (
            <Text
              {...outline(section.heading)}
              {...tag('H2', { lang: langOf(leaflet, section.heading) })}
              minPresenceAhead={z(layout.body) * 5}
              style={{ fontSize: z(layout.body * 1.33), lineHeight: 1.25, fontWeight: 700, color: colors.accent, marginTop: 10, marginBottom: 7, ...dir.text }}
            >
              {section.heading}
            </Text>
          );
          return (
            <Fragment key={section.id}>
              <Section id={section.id} heading={heading} blocks={section.blocks} leaflet={leaflet} hyphenate={hyphenate} size={z(layout.body)} maxColumns={layout.columns} />
            </Fragment>
          );
        })}
        {footer}
      </Page>

      {/* Notes pages, only as many as a booklet needs to reach a multiple of four. */}
      {Array.from({ length: padPages }, (_, i) => (
        <Page key={`notes-${i}`} size={layout.size} style={page}>
          <Text style={{ fontSize: z(14), fontWeight: 700, color: colors.accent, marginBottom: 8, ...dir.text }}>{ui.notesHeading}</Text>
          {Array.from({ length: 17 }, (_, j) => (
            <View key={j} style={{ height: 26, borderBottomWidth: 0.5, borderColor: colors.rule }} />
          ))}
          {footer}
        </Page>
      ))}

      {/* Back page: every contact, then where this leaflet comes from and how current it is. */}
      <Page id={panelId(CONTACTS_PANEL)} size={layout.size} style={{ ...page, paddingBottom: layout.bottom + bleed + imprint }}>
        <Text {...outline(ui.backHeading)} {...tag('H2')} style={{ fontSize: z(15) * fit, fontWeight: 700, color: colors.accent, marginBottom: 8 * fit, ...dir.text }}>
          {ui.backHeading}
        </Text>
        {leaflet.contacts.map((contact) => (
          <ContactEntry key={contact.id} contact={contact} leaflet={leaflet} size={legible(z(9.5) * fit)} />
        ))}
        {/* Pinned above the footer. Fixed, because react-pdf evaluates the page-count
            render prop only on fixed elements; and a render-prop text with a lineHeight
            comes out empty (react-pdf 4.9), so the page-count line has none. */}
        <View fixed {...tag('Div')} style={{ position: 'absolute', bottom: layout.bottom + bleed - 2 * MM, left: side, right: side }}>
          {[ui.imprint.publisher, ui.imprint.source, ui.imprint.validFrom].map((line, i) => (
            <Text key={i} style={{ fontSize: z(8), color: colors.muted, lineHeight: 1.3, ...dir.text }}>
              {line}
            </Text>
          ))}
          <Text style={{ fontSize: z(8), color: colors.muted, marginTop: 1, ...dir.text }} render={({ totalPages }) => ui.pagesLine(totalPages)} />
        </View>
        {footer}
      </Page>
    </LeafletDocument>
  );
}
