import { messages } from '../messages.ts';
import { EnvironmentError } from '../problems.ts';

/** What the react-pdf patch writes into the catalog of a tagged PDF, uncompressed. */
const STRUCTURE = Buffer.from('/StructTreeRoot');

/**
 * Stops the build when a tagged edition came out untagged: react-pdf without the patch in
 * patches/ (an upgrade, or an install that skipped postinstall) writes no structure and
 * says nothing. Never ship such a file as accessible.
 */
export function assertTagged(bytes: Buffer, what: string): void {
  if (!bytes.includes(STRUCTURE)) throw new EnvironmentError(messages.tagging.unpatched(what), 'node_modules/@react-pdf/render');
}
