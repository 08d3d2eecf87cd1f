// Finds where JSON text stops being valid. Node 20's JSON.parse often names the
// bad token without its position ("Unexpected token ']', ..."), so this walks
// the grammar without building values and returns the offset of the first
// character that cannot continue the document.

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const MAX_DEPTH = 512;

export function findJsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const skip = () => {
    while (at < text.length && WHITESPACE.has(text[at] as string)) at++;
  };
  const fail = (): never => {
    throw at;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at++;
    }
  };
  const string = () => {
    at++; // opening quote
    while (at < text.length) {
      const char = text[at] as string;
      if (char === '"') {
        at++;
        return;
      }
      if (char < ' ') fail();
      if (char === '\\') {
        at++;
        const escape = text[at];
        if (escape === 'u') {
          for (let i = 1; i <= 4; i++) if (!/[0-9a-fA-F]/.test(text[at + i] ?? '')) { at += i; fail(); }
          at += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          at++;
        } else fail();
      } else at++;
    }
    fail();
  };
  const number = () => {
    if (text[at] === '-') at++;
    if (text[at] === '0') at++;
    else if (/[1-9]/.test(text[at] ?? '')) while (/[0-9]/.test(text[at] ?? '')) at++;
    else fail();
    if (text[at] === '.') {
      at++;
      if (!/[0-9]/.test(text[at] ?? '')) fail();
      while (/[0-9]/.test(text[at] ?? '')) at++;
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at++;
      if (text[at] === '+' || text[at] === '-') at++;
      if (!/[0-9]/.test(text[at] ?? '')) fail();
      while (/[0-9]/.test(text[at] ?? '')) at++;
    }
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail();
    skip();
    const char = text[at];
    if (char === '{') {
      at++;
      skip();
      if (text[at] === '}') { at++; return; }
      for (;;) {
        skip();
        if (text[at] !== '"') fail();
        string();
        skip();
        if (text[at] !== ':') fail();
        at++;
        value(depth + 1);
        skip();
        if (text[at] === ',') { at++; continue; }
        if (text[at] === '}') { at++; return; }
        fail();
      }
    }
    if (char === '[') {
      at++;
      skip();
      if (text[at] === ']') { at++; return; }
      for (;;) {
        value(depth + 1);
        skip();
        if (text[at] === ',') { at++; continue; }
        if (text[at] === ']') { at++; return; }
        fail();
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    return number();
  };
  try {
    value(0);
    skip();
    return at < text.length ? at : undefined;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}
