// UTS #39 style skeletons, restricted to what matters for Latin domain names:
// characters from other scripts (and digits) that render like Latin letters.
// The pairs are facts taken from the Unicode confusables list (confusables.txt),
// kept as data; a skeleton compares what a reader *sees*, not the code points.

/** Single characters → the Latin letters they are mistaken for. */
const CHAR_MAP: Readonly<Record<string, string>> = {
  // Cyrillic lower case
  'а': 'a', 'ӓ': 'a', 'в': 'b', 'ь': 'b', 'с': 'c', 'ԁ': 'd', 'е': 'e', 'ё': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i',
  'ј': 'j', 'к': 'k', 'ӏ': 'l', 'м': 'm', 'п': 'n', 'о': 'o', 'р': 'p', 'ԛ': 'q', 'г': 'r', 'ѕ': 's', 'т': 't',
  'ц': 'u', 'у': 'y', 'ү': 'y', 'ԝ': 'w', 'х': 'x', 'ѡ': 'w', 'ɡ': 'g',
  // Cyrillic upper case (display names keep capitals)
  'А': 'a', 'В': 'b', 'С': 'c', 'Е': 'e', 'Н': 'h', 'І': 'i', 'Ј': 'j', 'К': 'k', 'М': 'm', 'О': 'o', 'Р': 'p',
  'Ѕ': 's', 'Т': 't', 'Х': 'x', 'У': 'y', 'Ү': 'y', 'Ԝ': 'w', 'Ӏ': 'l',
  // Greek
  'α': 'a', 'β': 'b', 'γ': 'y', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
  'ϲ': 'c', 'ϳ': 'j', 'Α': 'a', 'Β': 'b', 'Ε': 'e', 'Ζ': 'z', 'Η': 'h', 'Ι': 'i', 'Κ': 'k', 'Μ': 'm', 'Ν': 'n',
  'Ο': 'o', 'Ρ': 'p', 'Τ': 't', 'Υ': 'y', 'Χ': 'x',
  // Armenian
  'օ': 'o', 'ս': 'u', 'ո': 'n', 'ց': 'g', 'հ': 'h', 'զ': 'q',
  // Latin lookalikes and digits
  'ı': 'i', 'ɩ': 'i', 'ǀ': 'l', 'ℓ': 'l', 'ɑ': 'a', 'ɒ': 'a', 'ƅ': 'b', 'ɗ': 'd', 'ʜ': 'h', 'ɴ': 'n', 'ʀ': 'r',
  'ʏ': 'y', 'ꞵ': 'b', '0': 'o', '1': 'l', '|': 'l', '!': 'l',
};

/** Letter pairs that render like one letter in most fonts. Applied after CHAR_MAP. */
const SEQUENCES: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
];

const MAX_LENGTH = 253;

/**
 * The ASCII part of CHAR_MAP and SEQUENCES as one table over code units, for loops that
 * tell a label is its own skeleton one character at a time: FOLDS_AFTER[previous * 128
 * + code] is 1 when the skeleton changes `code` after `previous`, because CHAR_MAP
 * replaces it or it ends a SEQUENCES pair. Row 0 (no character before) holds CHAR_MAP's
 * alone. Derived here so no loop keeps its own copy of the data; one lookup per character.
 */
export const FOLDS_AFTER = new Uint8Array(128 * 128);
for (const [from, to] of Object.entries(CHAR_MAP)) {
  const code = from.charCodeAt(0);
  if (from.length === 1 && code < 128 && to !== from) for (let previous = 0; previous < 128; previous++) FOLDS_AFTER[previous * 128 + code] = 1;
}
for (const [from] of SEQUENCES) FOLDS_AFTER[from.charCodeAt(0) * 128 + from.charCodeAt(1)] = 1;

/** What the text looks like: accents dropped, homoglyphs and letter pairs folded to plain Latin. */
export function skeleton(text: string): string {
  const bounded = text.slice(0, MAX_LENGTH);
  if (isPlainSkeleton(bounded)) return bounded;
  // Host labels are nearly always ASCII, where NFKD changes nothing and no mark can occur.
  let out = isAscii(bounded) ? asciiSkeletonLetters(bounded) : unicodeSkeletonLetters(bounded);
  for (const [from, to] of SEQUENCES) if (out.includes(from)) out = out.split(from).join(to);
  return out;
}

/**
 * True when the skeleton of `text` is `text`: lower-case ASCII with none of the
 * characters CHAR_MAP folds and none of the pairs SEQUENCES folds. Most host
 * labels are; one pass tells, instead of lower-casing and searching four times.
 */
function isPlainSkeleton(text: string): boolean {
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90) || FOLDS_AFTER[previous * 128 + code] === 1) return false;
    previous = code;
  }
  return true;
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

function asciiSkeletonLetters(text: string): string {
  const lower = text.toLowerCase();
  // Up to the first character CHAR_MAP replaces, the skeleton is the lower-cased text.
  let i = 0;
  while (i < lower.length && FOLDS_AFTER[lower.charCodeAt(i)] !== 1) i++;
  if (i === lower.length) return lower;
  let out = lower.slice(0, i);
  for (; i < lower.length; i++) {
    const ch = lower[i] as string;
    out += CHAR_MAP[ch] ?? ch;
  }
  return out;
}

function unicodeSkeletonLetters(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKD')) {
    if (/\p{M}/u.test(ch)) continue;
    out += CHAR_MAP[ch] ?? ch.toLowerCase();
  }
  return out;
}

/**
 * Replaces Cyrillic, Greek and Armenian letters that look Latin with the Latin letter,
 * leaving everything else (digits, Latin, spaces) as written: "ВВС News" → "bbc News".
 */
export function foldForeignHomoglyphs(text: string): string {
  const bounded = text.slice(0, 2000);
  // ASCII holds no Cyrillic, Greek or Armenian letter: nothing to fold.
  if (isAscii(bounded)) return bounded;
  let out = '';
  for (const ch of bounded) {
    const script = scriptOf(ch);
    const latin = script === 'cyrillic' || script === 'greek' || script === 'armenian' ? CHAR_MAP[ch] : undefined;
    // Keep capitals: "ВВС" must still read as the acronym "BBC".
    out += latin === undefined ? ch : ch !== ch.toLowerCase() ? latin.toUpperCase() : latin;
  }
  return out;
}

/** True when the text contains at least one character or pair the skeleton folds. */
export function hasConfusableCharacters(text: string): boolean {
  const plain = text.slice(0, MAX_LENGTH).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return skeleton(text) !== plain;
}

type Script = 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'other';

function scriptOf(ch: string): Script | undefined {
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  if (/\p{Script=Armenian}/u.test(ch)) return 'armenian';
  if (/\p{L}/u.test(ch)) return 'other';
  return undefined;
}

/** Scripts of the letters in a label, e.g. ["latin", "cyrillic"] for "pаypal" with a Cyrillic "а". */
export function scriptsOf(label: string): string[] {
  const scripts = new Set<string>();
  for (const ch of label.slice(0, MAX_LENGTH)) {
    const s = scriptOf(ch);
    if (s) scripts.add(s);
  }
  return [...scripts];
}

/** Latin mixed with Cyrillic, Greek or Armenian in one label: no real name is written that way. */
export function isMixedScript(label: string): boolean {
  // ASCII letters are all Latin: nothing to mix with.
  if (isAscii(label.slice(0, MAX_LENGTH))) return false;
  const scripts = scriptsOf(label);
  return scripts.includes('latin') && scripts.some((s) => s === 'cyrillic' || s === 'greek' || s === 'armenian');
}
