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
  /** { sourceLanguage, targetLanguage, resources: { file: { unit: { source, target, note } } } } → an XLIFF 2.0 document. */
  export function js2xliff(js: unknown): Promise<string>;
}

declare module 'sax' {
  /** The parts of sax's streaming XML parser that strict XLIFF reading uses. */
  export interface Tag {
    name: string;
    attributes: Record<string, string>;
    isSelfClosing: boolean;
  }
  export interface SAXParser {
    line: number;
    column: number;
    onerror: (error: Error) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    ondoctype: (doctype: string) => void;
    onprocessinginstruction: (pi: { name: string; body: string }) => void;
    onopentag: (tag: Tag) => void;
    onclosetag: (name: string) => void;
    write(chunk: string): SAXParser;
    close(): SAXParser;
  }
  export function parser(strict: boolean, options?: { position?: boolean; trim?: boolean; normalize?: boolean; xmlns?: boolean; strictEntities?: boolean }): SAXParser;
  const sax: { parser: typeof parser };
  export default sax;
}

declare module 'subset-font' {
  /** A font with only the glyphs `text` needs (and what its layout features reach), via harfbuzz's hb-subset in WebAssembly. */
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' }): Promise<Buffer>;
}
