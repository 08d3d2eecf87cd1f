// Node 20's TextDecoder decodes "windows-1252" (and every label the Encoding
// Standard maps to it: iso-8859-1, us-ascii, latin1…) as plain Latin-1, so
// curly quotes, dashes and the euro sign come out as invisible C1 control
// characters. Browsers decode them properly. C1 controls have no business in
// mail text, so mapping them to their windows-1252 meaning gives the detector
// the same text in Node as in the taskpane.
const CP1252_C1: readonly (number | undefined)[] = [
  0x20ac, undefined, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, undefined, 0x017d, undefined,
  undefined, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, undefined, 0x017e, 0x0178,
];

export function repairC1(text: string): string;
export function repairC1(text: string | undefined): string | undefined;
export function repairC1(text: string | undefined): string | undefined {
  if (!text || !/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (char) => {
    const mapped = CP1252_C1[char.charCodeAt(0) - 0x80];
    return mapped === undefined ? char : String.fromCharCode(mapped);
  });
}
