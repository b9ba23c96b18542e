// A text's width estimated without a DOM (chart labels are placed before they are drawn,
// and jsdom measures nothing). Per-character widths in em, each class rounded up to its
// widest member in DejaVu Sans (Debian Chromium's system-ui, wider than Segoe UI, SF or
// Roboto), so the estimate errs long: a label given this room is never cut.

const NARROW = new Set(" ijlfrtIJ.,:;'!|()[]/\\-’");
const WIDE = new Set('mwMW%@…—#');
const NARROW_EM = 0.4;
const WIDE_EM = 1;
const UPPER_EM = 0.8;
/** Lower case and digits: b, d, g, h, n, p, q, u and 0-9 are the widest at 0.64 em. */
const OTHER_EM = 0.64;
const SYMBOL_EM = 0.84;

/** The width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) {
    if (NARROW.has(c)) em += NARROW_EM;
    // From U+1100 (Hangul Jamo) up lie the full-width scripts (CJK, Hangul): 1 em, long for the rest there.
    else if (WIDE.has(c) || c.codePointAt(0)! >= 0x1100) em += WIDE_EM;
    else if (/\p{Lu}/u.test(c)) em += UPPER_EM;
    else if (/[\p{L}\p{N}]/u.test(c)) em += OTHER_EM;
    else em += SYMBOL_EM;
  }
  return em * fontSize;
}
