import { messages } from './messages.ts';
import { UsageError } from './problems.ts';

/** The largest SOURCE_DATE_EPOCH a PDF date can hold: 9999-12-31T23:59:59Z. */
export const MAX_SOURCE_DATE_EPOCH = 253402300799;

/** Whether a number of seconds since 1970 can be stamped into a PDF. */
export const validSourceDateEpoch = (seconds: number) => Number.isSafeInteger(seconds) && seconds >= 0 && seconds <= MAX_SOURCE_DATE_EPOCH;

/**
 * SOURCE_DATE_EPOCH as given in the environment (https://reproducible-builds.org/specs/source-date-epoch/):
 * a whole number of seconds; anything else is refused rather than stamped as an invalid date.
 */
export function parseSourceDateEpoch(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (!validSourceDateEpoch(seconds)) throw new UsageError(messages.sourceDateEpoch(value));
  return seconds;
}
