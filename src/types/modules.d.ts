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
