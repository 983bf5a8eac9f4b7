// Type declarations for dependencies that ship none.

declare module 'unicode-name' {
  /** The Unicode name of a character, e.g. "GEORGIAN LETTER AN". */
  export function unicodeName(char: string): string | undefined;
}

declare module 'hyphen/*' {
  const patterns: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default patterns;
}

declare module 'xliff' {
  /** XLIFF 2.0 document ⇄ { sourceLanguage, targetLanguage, resources: { file: { unit: { source, target, note } } } }. */
  export function js2xliff(js: unknown): Promise<string>;
  export function xliff2js(xml: string): Promise<unknown>;
}
