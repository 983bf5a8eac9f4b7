import { Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement } from 'react';
import { panelId } from '../../src/render/panels.ts';
import type { TemplateProps } from '../../src/render/template.ts';
import { Section } from './blocks.tsx';
import { ContactEntry } from './contacts.tsx';
import { LeafletDocument } from './document.tsx';
import { Footer } from './footer.tsx';
import { LanguageBadge } from './cover.tsx';
import { NumberForEveryHour } from './hotlines.tsx';
import { colors, direction, legible, MM, outline } from './theme.ts';

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
  /**
   * A cover page of its own (the printed booklet), or the title and the tap-to-call block
   * at the top of page 1, the text following at once (the email edition, read on a phone).
   */
  coverPage: boolean;
}

export const CONTACTS_PANEL = 'contacts page';
/** The booklet's cover: a fixed panel, so a long translation is set smaller, never spilt. */
export const COVER_PANEL = 'cover';

/**
 * The full leaflet as reading pages: a cover with the title and the hotline given the most
 * weight, the sections (a heading never ends a page alone), notes pages when the renderer
 * asks for them, and a contacts back page with where the leaflet comes from.
 */
export function ReadingDocument({ leaflet, hyphenate, padPages, fit, body, layout }: TemplateProps & { layout: ReadingLayout }): ReactElement<DocumentProps> {
  const dir = direction(leaflet);
  const z = (size: number) => size * leaflet.fontScale;
  // The renderer may raise the body size to fill a booklet's spare pages.
  const bodySize = body ?? layout.body;
  const { ui, metadata } = leaflet;
  const { bleed } = layout;
  const side = layout.side + bleed;
  const base = { fontFamily: leaflet.fontFamilies, color: colors.text };
  const page = { ...base, paddingTop: layout.top + bleed, paddingBottom: layout.bottom + bleed, paddingHorizontal: side };
  const footer = <Footer leaflet={leaflet} top={layout.size[1] - layout.bottom - bleed + layout.footerGap} side={side} />;
  // Room kept at the foot of the contacts page for the imprint (publisher, source, date).
  const imprint = 17 * MM;

  return (
    <LeafletDocument metadata={metadata} pageMode="useOutlines">
      {/* Cover: title, then a number for every hour, given the most weight on the page. */}
      {layout.coverPage ? (
        <Page id={panelId(COVER_PANEL)} size={layout.size} style={{ ...base, padding: side, paddingVertical: layout.side + bleed, justifyContent: 'space-between' }}>
          <View style={{ marginBottom: 5 * MM * fit }}>
            <LanguageBadge leaflet={leaflet} z={z} />
            <Text {...outline(leaflet.title)} style={{ fontSize: z(20) * fit, lineHeight: 1.22, fontWeight: 700, color: colors.accent, ...dir.text }}>
              {leaflet.title}
            </Text>
          </View>

          <View>
            <NumberForEveryHour leaflet={leaflet} z={(size) => z(size) * fit} />
            <Text style={{ fontSize: legible(z(9) * fit), color: colors.muted, marginTop: 4 * MM * fit, ...dir.text }}>{leaflet.publisher.name}</Text>
            {ui.draftLine ? (
              <Text style={{ fontSize: legible(z(9) * fit), fontStyle: 'italic', color: colors.muted, marginTop: 2, ...dir.text }}>{ui.draftLine}</Text>
            ) : null}
          </View>
        </Page>
      ) : null}

      {/* Reading pages. Headings and blocks are siblings directly on the page: react-pdf
          honours minPresenceAhead only for an element that has something before it. */}
      <Page size={layout.size} style={page} wrap>
        {layout.coverPage ? null : (
          // Page 1 of the email edition: the title and the tap-to-call block, then the text.
          // Nothing in it under the body size: it is a reading page.
          <View style={{ marginBottom: 6 * MM }}>
            <LanguageBadge leaflet={leaflet} z={(size) => Math.max(10.5, z(size))} />
            <Text {...outline(leaflet.title)} style={{ fontSize: z(20), lineHeight: 1.22, fontWeight: 700, color: colors.accent, marginBottom: 5 * MM, ...dir.text }}>
              {leaflet.title}
            </Text>
            <NumberForEveryHour leaflet={leaflet} z={z} floor={10.5} />
          </View>
        )}
        {leaflet.sections.map((section) => {
          const heading = (
            <Text
              {...outline(section.heading)}
              minPresenceAhead={z(bodySize) * 5}
              style={{ fontSize: z(bodySize * 1.33), lineHeight: 1.25, fontWeight: 700, color: colors.accent, marginTop: 10, marginBottom: 7, ...dir.text }}
            >
              {section.heading}
            </Text>
          );
          return (
            <Fragment key={section.id}>
              <Section heading={heading} blocks={section.blocks} leaflet={leaflet} hyphenate={hyphenate} size={z(bodySize)} maxColumns={layout.columns} />
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
        <Text {...outline(ui.backHeading)} style={{ fontSize: z(15) * fit, fontWeight: 700, color: colors.accent, marginBottom: 8 * fit, ...dir.text }}>
          {ui.backHeading}
        </Text>
        {leaflet.contacts.map((contact) => (
          <ContactEntry key={contact.id} contact={contact} leaflet={leaflet} size={legible(z(9.5) * fit)} />
        ))}
        {/* Pinned above the footer. Fixed, because react-pdf evaluates the page-count
            render prop only on fixed elements; and a render-prop text with a lineHeight
            comes out empty (react-pdf 4.9), so the page-count line has none. */}
        <View fixed style={{ position: 'absolute', bottom: layout.bottom + bleed - 2 * MM, left: side, right: side }}>
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
