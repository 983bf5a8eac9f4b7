import type { ReactNode } from 'react';
import type { LocalizedContact, LocalizedLeaflet } from '../../../src/localize/model.ts';

/** Bidi isolates the localizer puts around numbers in right-to-left text: HTML says the same with dir="ltr". */
export const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** A fact as printed, and where a tap on it leads (none for a web address shown as text). */
interface Fact {
  text: string;
  href?: string;
}

/** Every number, email and web address of the leaflet's contacts, longest first (so "+47 47 45 15 00" wins over "47 45 15 00"). */
export function factsOf(leaflet: LocalizedLeaflet): Fact[] {
  const contacts: LocalizedContact[] = [leaflet.cover.hotline, leaflet.publisher, ...leaflet.contacts, ...leaflet.card, ...(leaflet.emergency ? [leaflet.emergency] : [])];
  const facts = new Map<string, Fact>();
  for (const c of contacts) {
    for (const p of c.phones) {
      for (const shown of [p.display, p.international]) if (shown) facts.set(plain(shown), { text: plain(shown), href: `tel:${p.tel}` });
    }
    if (c.email) facts.set(plain(c.email), { text: plain(c.email), href: `mailto:${plain(c.email)}` });
    if (c.web) facts.set(plain(c.web), { text: plain(c.web), href: `https://${plain(c.web)}` });
  }
  return [...facts.values()].filter((f) => f.text !== '').sort((a, b) => b.text.length - a.text.length);
}

/** A number, email or address: a link where it has one, always left to right, whatever the text around it. */
export function FactLink({ text, href }: Fact) {
  return href ? (
    <a href={href} dir="ltr" className="fact">
      {text}
    </a>
  ) : (
    <bdi dir="ltr">{text}</bdi>
  );
}

/** What a text needs to be set: the facts to link, and the words a line may not break inside. */
export interface TextKit {
  facts: Fact[];
  /** The language's `keepWhole` words (content/locales.yaml): a browser's dictionary would split them, as react-pdf's did. */
  whole: string[];
}

export const textKit = (leaflet: LocalizedLeaflet): TextKit => ({ facts: factsOf(leaflet), whole: [...(leaflet.locale.keepWhole ?? [])].sort((a, b) => b.length - a.length) });

/**
 * A text with every number, email and web address the contacts registry has turned into a
 * link kept left to right, and each keep-whole word in a span no line breaks inside: the
 * text is the PDF's, resolved once by localize.
 */
export function RichText({ text, kit }: { text: string; kit: TextKit }) {
  const out: ReactNode[] = [];
  const pieces = [...kit.facts.map((fact) => ({ text: fact.text, fact })), ...kit.whole.map((word) => ({ text: word, fact: undefined }))];
  let rest = plain(text);
  let key = 0;
  while (rest !== '') {
    let best: { at: number; piece: (typeof pieces)[number] } | undefined;
    for (const piece of pieces) {
      const at = rest.indexOf(piece.text);
      if (at >= 0 && (!best || at < best.at)) best = { at, piece };
    }
    if (!best) {
      out.push(rest);
      break;
    }
    if (best.at > 0) out.push(rest.slice(0, best.at));
    out.push(
      best.piece.fact ? (
        <FactLink key={key++} {...best.piece.fact} />
      ) : (
        <span key={key++} className="whole">
          {best.piece.text}
        </span>
      ),
    );
    rest = rest.slice(best.at + best.piece.text.length);
  }
  return <>{out}</>;
}
