// Where JSON text stops being JSON. JSON.parse says whether text is JSON, but what it says about where it is not
// depends on the engine: Node 20's V8 names no position for most errors ("Unexpected token 'x', "…" is not valid
// JSON", quoting the input, line breaks and all). One pass over the RFC 8259 grammar finds the first offending
// character and says what was expected there, the same on every engine. Run only after JSON.parse has failed.

export interface JsonSyntaxError {
  /** offset of the first character that cannot be part of JSON text (text.length: the text ended too soon) */
  offset: number;
  /** what is wrong there, in words */
  reason: string;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** the character at `i` for a message: quoted, or its code point when it is not printable */
function shown(text: string, i: number): string {
  if (i >= text.length) return 'the end'; // (fail() then says "unexpected end of input")
  const c = text.codePointAt(i)!;
  const invisible = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029;
  return invisible ? `U+${c.toString(16).toUpperCase().padStart(4, '0')}` : JSON.stringify(String.fromCodePoint(c));
}

/** The first syntax error of `text` as JSON (one value, blanks around it allowed), or undefined when it is JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  let i = 0;
  /** the open containers: '{' or '[' */
  const stack: number[] = [];
  const fail = (reason: string, at = i): JsonSyntaxError => ({ offset: at, reason: at >= n ? 'unexpected end of input' : reason });
  const skip = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  /** a string from the quote at i; returns an error or undefined (i after the closing quote) */
  const string = (): JsonSyntaxError | undefined => {
    i++;
    for (;;) {
      if (i >= n) return { offset: n, reason: 'unexpected end of input inside a string' };
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return undefined; }
      if (c < 0x20) return fail(`control character ${shown(text, i)} inside a string (it must be escaped)`);
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (i + 1 >= n) return fail('', n);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) if (i + k >= n || !isHex(text.charCodeAt(i + k))) return fail(`invalid \\u escape: ${shown(text, i + k)} is not a hex digit`, i + k);
          i += 6;
        } else if ('"\\/bfnrt'.includes(text[i + 1]!)) i += 2;
        else return fail(`invalid escape \\${text[i + 1]}`, i + 1);
      } else i++;
    }
  };
  const number = (): JsonSyntaxError | undefined => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (!isDigit(text.charCodeAt(i))) return fail(`invalid number: ${shown(text, i)} where a digit was expected`);
    if (text.charCodeAt(i) === 0x30) i++;
    else while (isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return fail(`invalid number: ${shown(text, i)} where a digit of the fraction was expected`);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
      i++;
      if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return fail(`invalid number: ${shown(text, i)} where a digit of the exponent was expected`);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return undefined;
  };
  /** a value at i (after blanks): a scalar is read whole; a container is opened (pushed) */
  const value = (): JsonSyntaxError | undefined => {
    if (i >= n) return fail('');
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) { stack.push(c); i++; return undefined; }
    if (c === 0x22) return string();
    if (c === 0x2d || isDigit(c)) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) { i += word.length; return undefined; }
      if (c === word.charCodeAt(0)) {
        let k = 1;
        while (k < word.length && text.charCodeAt(i + k) === word.charCodeAt(k)) k++;
        return fail(`unexpected ${shown(text, i + k)} where "${word}" was expected`, i + k);
      }
    }
    return fail(`unexpected character ${shown(text, i)} where a value was expected`);
  };

  skip();
  let e = value();
  if (e) return e;
  // after a value: inside a container, a separator or its end; at the top, the end of the text. `opened`: the
  // value was a container just opened, which may close at once or takes its first member
  let opened = stack.length > 0;
  for (;;) {
    skip();
    const open = stack[stack.length - 1];
    if (open === undefined) return i < n ? fail(`unexpected ${shown(text, i)} after the JSON value`) : undefined;
    if (i >= n) return fail('');
    const depth = stack.length;
    const c = text.charCodeAt(i);
    const close = open === 0x7b ? 0x7d : 0x5d;
    if (c === close) {
      stack.pop();
      i++;
      opened = false;
      continue;
    }
    if (!opened) {
      if (c !== 0x2c) return fail(`unexpected ${shown(text, i)} where ${open === 0x7b ? '"," or "}"' : '"," or "]"'} was expected`);
      i++;
      skip();
    }
    e = open === 0x7b ? member() : value();
    if (e) return e;
    opened = stack.length > depth;
  }

  /** an object member at i: "key" : value */
  function member(): JsonSyntaxError | undefined {
    if (i >= n) return fail('');
    if (text.charCodeAt(i) !== 0x22) return fail(`unexpected ${shown(text, i)} where a member name (a string) was expected`);
    const k = string();
    if (k) return k;
    skip();
    if (text.charCodeAt(i) !== 0x3a) return fail(`unexpected ${shown(text, i)} where ":" was expected`);
    i++;
    skip();
    return value();
  }
}
