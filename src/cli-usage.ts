import { CHART_FORMAT, formatIds } from './schema.ts';

/** The help text of each command, as `leaflets <command> --help` prints it. */
export const USAGE = `Usage: leaflets <command> [options]

Commands:
  build    Validate content and write PDFs to output/ (and output/manifest.json)
  check    Validate all content and check every character against the fonts; write nothing
  preflight  Read the PDFs in output/ (or a PDF from elsewhere) back and check them again
  status   Show where each translation stands: missing, stale and unreviewed units
  stamp    Record the source each translated unit was made from (once, when adopting)
  export   Write PO or XLIFF files of a language for translators
  import   Read translated PO or XLIFF files back into the content
  new      Start a new leaflet: content/leaflets/<id>/ with every field, ready to fill in
  watch    Rebuild what each saved change affects, and preview output/ with live reload

Run "leaflets <command> --help" for a command's options. --debug (with any command)
prints the stack of an error. Exit codes: 0 ok, 1 content mistake, 2 usage mistake,
3 environment (disk, permissions, lock), 130 interrupted.`;

export const BUILD_USAGE = `Usage: leaflets build [--leaflet ID] [--locale CODE] [--format ID] [--release] [--force] [--quiet | --json]

Builds every leaflet in every language and format it lists, or only those chosen:
  --leaflet ID    one leaflet, by its folder name under content/leaflets/
  --locale CODE   one language, e.g. uk (BCP 47 code)
  --format ID     one format: ${[...formatIds, CHART_FORMAT].join(', ')}
                  (booklet-a5 also writes booklet-a5-imposed; card also writes card-sheet)
  --release       refuse any leaflet × language with missing, stale or unreviewed
                  units; released PDFs carry no draft line
  --force         render every PDF again, even those whose inputs did not change
  -q, --quiet     print only warnings and problems
  --json          print one JSON object per line (plan, rendered, built, warning, summary)
  -h, --help      show this help

Only PDFs whose inputs changed are rendered (the cache key of each is in the manifest).
On a terminal, a build that takes longer than 2 s shows a progress bar.
Writes output/<leaflet>/<leaflet>.<locale>.<format>.pdf and output/manifest.json;
with content/publishing.yaml, also the site (the HTML edition) in output/site/.
PDFs are stamped with the leaflet's validFrom date, or with SOURCE_DATE_EPOCH if set,
so the same content always gives the same bytes.`;

export const STATUS_USAGE = `Usage: leaflets status [--leaflet ID] [--locale CODE] [--json]

For each leaflet and language: units in the source, units missing from the
translation, stale units (the source changed since they were translated), and units
by status (machine, translated, reviewed, approved). "release" means it can be built
with --release. --json prints the same as JSON.`;

export const STAMP_USAGE = `Usage: leaflets stamp [--leaflet ID] [--locale CODE]

Records, for every translated unit without a record, the file's status and a hash of
the current source text, under translation.units. From then on a change to the source
marks the unit stale. Run it only when the translation matches today's source.`;

export const EXPORT_USAGE = `Usage: leaflets export --locale CODE [--leaflet ID] [--to po|xliff] [--out DIR]

Writes <leaflet>.<locale>.po (gettext, the default) or .xlf (XLIFF 2.0) for every
leaflet translated into CODE (or only ID) to DIR (default output/translations). Each
unit has its id, the English, the translation, its section, its status (PO: fuzzy
unless reviewed; XLIFF: the segment state) and a note for each placeholder.`;

export const IMPORT_USAGE = `Usage: leaflets import FILE [FILE …]

Reads translated PO or XLIFF 2.0 files back, all or nothing. Each file is read strictly
(PO in the charset its header declares, UTF-8 if none; XLIFF in UTF-8, with no DOCTYPE or
entities) and every unit checked: known id, English unchanged since export, placeholders
exactly as in the English. The content the files make is then validated as "check" does.
If anything fails, nothing is written; otherwise every file is written.
Status comes from the file itself: a PO entry no longer fuzzy becomes reviewed; an XLIFF
segment takes its state (final = approved). An empty target is not translated.`;

export const PREFLIGHT_USAGE = `Usage: leaflets preflight [--leaflet ID] [--locale CODE] [--format ID]
       leaflets preflight FILE.pdf [FILE.pdf …]

Reads PDFs back and checks each one as the build does before writing it (see the
README, "Preflight"). Without files: the PDFs of the selection in output/, against the
content as it is now: numbers whole on one line, type size, safe area, overprint,
missing glyphs, hyphenation, headings kept with their text, QR codes, draft notice.
With files: the checks that need no content (type size, page boxes and safe area,
overprint, missing glyphs), e.g. on a designer's PDF. Exits 1 if any check fails.`;

export const CHECK_USAGE = `Usage: leaflets check

Validates all content (YAML syntax, fields, contacts, placeholders, translations, ui
strings) and checks that the fonts cover every character. Reports every problem with
file, line and column. Renders nothing.`;

export const NEW_USAGE = `Usage: leaflets new ID

Starts a leaflet: writes content/leaflets/ID/leaflet.yaml, with every field and a
comment on each, and content/leaflets/ID/en.yaml, its English text with one section of
each block kind (a paragraph, a list, a box). Both check and build as they are; replace
every "Replace with …" in them. ID is lower case letters, digits and hyphens, such as
no-work-rights; an ID that exists is refused. See the README, "Adding a leaflet".`;


export const WATCH_USAGE = `Usage: leaflets watch [--leaflet ID] [--locale CODE] [--format ID] [--release] [--port N]

Builds, then rebuilds whenever a file in content/, fonts/ or templates/ is saved: only
the PDFs the change affects are rendered. Prints a line per rebuilt PDF and each problem
with its file:line, and keeps watching after a mistake. Serves output/site/ (or output/
until the HTML site is built) at http://localhost:N/ (default 8080; 0 picks a free port);
an open page reloads when a file it shows is rebuilt. Ctrl-C stops; output/ stays
consistent.`;
