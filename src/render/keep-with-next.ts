/**
 * Colons that introduce what follows, in every script the project sets: Latin and
 * Cyrillic ":", fullwidth "：" (Chinese), Ethiopic preface colon "፦" and colon "፥",
 * Arabic semicolon "؛" (used before lists in Arabic and Persian), presentation forms.
 */
const LIST_COLON = /[:：﹕︓፦፥؛꞉]\s*$/u;

/** Whether a paragraph ends like the line that introduces a list ("Some examples are:"). */
export const introducesList = (text: string) => LIST_COLON.test(text.replace(/[\u2066-\u2069\u200E\u200F]+$/u, ''));
