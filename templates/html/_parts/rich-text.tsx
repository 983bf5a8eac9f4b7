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

/**
 * A paragraph's text with every number, email and web address the contacts registry has
 * turned into a link kept left to right: the text is the PDF's, resolved once by localize.
 */
export function RichText({ text, facts }: { text: string; facts: Fact[] }) {
  const out: ReactNode[] = [];
  let rest = plain(text);
  let key = 0;
  while (rest !== '') {
    let best: { at: number; fact: Fact } | undefined;
    for (const fact of facts) {
      const at = rest.indexOf(fact.text);
      if (at >= 0 && (!best || at < best.at)) best = { at, fact };
    }
    if (!best) {
      out.push(rest);
      break;
    }
    if (best.at > 0) out.push(rest.slice(0, best.at));
    out.push(<FactLink key={key++} {...best.fact} />);
    rest = rest.slice(best.at + best.fact.text.length);
  }
  return <>{out}</>;
}
