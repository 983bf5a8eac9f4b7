import type { OutputFormat } from '../../../src/formats.ts';

/** One PDF of a leaflet in one language, as the site offers it. */
export interface Edition {
  format: OutputFormat;
  /** What it is, in the reader's language: "Booklet (A5)". */
  label: string;
  /** Relative to the page that shows it. */
  href: string;
  /** "This leaflet has 7 pages. · 70 kB" in the reader's language. */
  about: string;
  /** The first page, made at build time; absent when it could not be made. */
  picture?: { src: string; width: number; height: number };
  /** Said instead of a picture that could not be made. */
  noPicture: string;
}

/** A list of PDFs, each with a picture of its first page (or a sentence saying there is none), its name, page count and size. */
export function EditionList({ editions }: { editions: Edition[] }) {
  return (
    <ul className="editions">
      {editions.map((e) => (
        <li key={e.format}>
          <a href={e.href}>
            {e.picture ? (
              <img src={e.picture.src} width={e.picture.width} height={e.picture.height} alt="" loading="lazy" />
            ) : (
              <span className="no-picture">{e.noPicture}</span>
            )}
            <span className="edition-label">{e.label}</span>
          </a>
          <span className="muted">{e.about}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A leaflet's PDFs in one language: the email edition, then the files for printing under
 * their own heading (`level`: h3 on a leaflet's page, h4 on the index).
 */
export function Editions({ editions, printFiles, level }: { editions: Edition[]; printFiles: string; level: 3 | 4 }) {
  const screen = editions.filter((e) => e.format === 'email-a4');
  const print = editions.filter((e) => e.format !== 'email-a4');
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      {screen.length > 0 ? <EditionList editions={screen} /> : null}
      {print.length > 0 ? (
        <>
          <Heading>{printFiles}</Heading>
          <EditionList editions={print} />
        </>
      ) : null}
    </>
  );
}
