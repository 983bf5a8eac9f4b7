import type { ReactNode } from 'react';
import type { LocalizedContact, LocalizedLeaflet } from '../../../src/localize/model.ts';
import { FactLink, plain } from './rich-text.tsx';

/** One organisation: its name as a heading, each number a tap to call, then hours, email and web. */
export function ContactEntry({ contact, leaflet }: { contact: LocalizedContact; leaflet: LocalizedLeaflet }) {
  const { labels, pair } = leaflet.ui;
  return (
    <li className="contact">
      <h3>{contact.name}</h3>
      {/* What the service is, so a reader can tell whom to call. */}
      {contact.role ? <p className="role">{contact.role}</p> : null}
      {contact.languages ? <p className="muted">{contact.languages}</p> : null}
      <ul className="phones">
        {contact.phones.map((phone, i) => (
          <li key={i}>
            <FactLink text={plain(phone.display)} href={`tel:${phone.tel}`} />
            {phone.label ? <span className="muted"> {phone.label}</span> : null}
            {/* The same number with the country code, for a foreign phone: a line of its own. */}
            {phone.international ? (
              <span className="international">
                <FactLink text={plain(phone.international)} href={`tel:${phone.tel}`} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {contact.hours ? <p>{pair(labels.open, contact.hours)}</p> : null}
      {contact.email ? <p>{labelled(pair(labels.email, '\u0000'), <FactLink text={plain(contact.email)} href={`mailto:${plain(contact.email)}`} />)}</p> : null}
      {contact.web ? <p>{labelled(pair(labels.web, '\u0000'), <FactLink text={plain(contact.web)} href={`https://${plain(contact.web)}`} />)}</p> : null}
    </li>
  );
}

/** "Email: x" in the language's own punctuation, with x a link: the ui string is split where the value goes. */
function labelled(template: string, value: ReactNode) {
  const [before = '', after = ''] = template.split('\u0000');
  return (
    <>
      {before}
      {value}
      {after}
    </>
  );
}
