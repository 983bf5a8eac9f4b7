import type { YamlFile } from './load/yaml-file.ts';
import type { Chart, Contact, Publishing, FontsManifest, Leaflet, LeafletText, Locale, UiStrings } from './schema.ts';

/** A value from content together with the file it came from, for error positions. */
export interface Sourced<T> {
  value: T;
  file: YamlFile;
}

/** The whole validated project: typed content, still able to point back into its files. */
export interface Project {
  root: string;
  contacts: Map<string, Sourced<Contact> & { index: number }>;
  locales: Map<string, Locale>;
  /** content/locales.yaml, for positions of endonyms in messages. */
  localesFile: YamlFile;
  fonts: FontsManifest;
  ui: Map<string, Sourced<UiStrings>>;
  leaflets: Map<string, ProjectLeaflet>;
  /** The language chart's settings, when content/language-chart.yaml exists. */
  chart?: Sourced<Chart>;
  /** Where online editions live, when content/publishing.yaml exists. */
  publishing?: Sourced<Publishing>;
}

export interface ProjectLeaflet {
  meta: Sourced<Leaflet>;
  /** Valid text per locale code. */
  texts: Map<string, Sourced<LeafletText>>;
  /** Locale codes that have a text file, valid or not (so a broken file is not also "missing"). */
  files: Set<string>;
}
