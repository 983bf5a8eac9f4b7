import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { cloneElement } from 'react';
import { templates } from '../../templates/index.ts';
import type { LocalizedLeaflet } from '../localize/model.ts';
import type { FontsManifest, FormatId } from '../schema.ts';
import { registerFonts } from './fonts.ts';
import { loadHyphenator } from './hyphenation.ts';

export interface RenderInput {
  root: string;
  fonts: FontsManifest;
  leaflet: LocalizedLeaflet;
  format: FormatId;
}

export interface Rendered {
  bytes: Buffer;
  pages: number;
}

type LayoutTree = { children?: unknown[] };

/**
 * Renders one leaflet × locale × format to PDF bytes. A pure function of its input: no
 * clock, no environment, so it can run in a worker and be skipped when nothing changed.
 * Renders twice when the format needs a page multiple: once to count, once padded.
 */
export async function renderPdf(input: RenderInput): Promise<Rendered> {
  registerFonts(input.root, input.fonts);
  const template = templates[input.format];
  const hyphenate = await loadHyphenator(input.leaflet.locale.hyphenation);

  const pass = async (padPages: number) => {
    let pages = 0;
    const element = template.render({ leaflet: input.leaflet, hyphenate, padPages });
    // react-pdf hands the laid-out tree to onRender: its children are the pages.
    const onRender = (props: { _INTERNAL__LAYOUT__DATA_?: LayoutTree }) => {
      pages = props._INTERNAL__LAYOUT__DATA_?.children?.length ?? 0;
    };
    const bytes = await renderToBuffer(cloneElement(element, { onRender } as Partial<DocumentProps>));
    return { bytes, pages };
  };

  const first = await pass(0);
  const pad = (template.pageMultiple - (first.pages % template.pageMultiple)) % template.pageMultiple;
  if (pad === 0) return first;
  const second = await pass(pad);
  if (second.pages % template.pageMultiple !== 0) {
    throw new Error(`render: ${input.leaflet.id}/${input.leaflet.locale.code}/${input.format} has ${second.pages} pages after padding`);
  }
  return second;
}
