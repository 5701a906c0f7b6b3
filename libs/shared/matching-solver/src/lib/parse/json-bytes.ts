import { MatchingInputError } from './errors';

/** Fills `target` from its start and returns how many bytes were written (0 at the end). */
export type ByteSource = (target: Uint8Array) => number;

// Exact powers of ten (as literals: 10^k is exactly representable for k ≤ 22).
const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
  1e18, 1e19, 1e20, 1e21, 1e22,
];
const POW10_EXACT = 22;
const decoder = new TextDecoder('utf-8');
const CHUNK = 1 << 20;

/**
 * Strict JSON (RFC 8259) tokenizer over bytes read in chunks, so a large instance never exists as
 * one string. Tracks line and column for error messages. Numbers use an exact fast path
 * (≤ 15 significant digits, |exponent| ≤ 22: one correctly rounded operation) and fall back to
 * `Number()` on the literal otherwise, so values equal `JSON.parse`'s.
 */
export class JsonReader {
  buf: Uint8Array;
  pos = 0;
  end = 0;
  private done = false;
  /** Absolute offset of buf[0]; start of the token being read (-1: none). */
  private base = 0;
  private mark = -1;
  private line = 1;
  private lineStart = 0;
  /** Start of an item the caller may re-read (`hold`/`rewind`), or -1. */
  private held = -1;
  private heldLine = 0;
  private heldLineStart = 0;
  private readonly source: ByteSource | null;

  constructor(input: Uint8Array | ByteSource) {
    if (typeof input === 'function') {
      this.source = input;
      this.buf = new Uint8Array(CHUNK);
    } else {
      this.source = null;
      this.buf = input;
      this.end = input.length;
      this.done = true;
    }
    if (this.more() && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf)
      this.pos = 3;
  }

  /** Ensures buf[pos] exists; false at the end of input. Keeps bytes from `mark` on. */
  more(): boolean {
    if (this.pos < this.end) return true;
    if (this.done || !this.source) return false;
    let keep = this.pos;
    if (this.mark >= 0 && this.mark < keep) keep = this.mark;
    if (this.held >= 0 && this.held < keep) keep = this.held;
    const kept = this.end - keep;
    if (kept > 0 && keep > 0) this.buf.copyWithin(0, keep, this.end);
    if (kept === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.base += keep;
    this.pos -= keep;
    if (this.mark >= 0) this.mark -= keep;
    if (this.held >= 0) this.held -= keep;
    this.end = kept;
    const got = this.source(this.buf.subarray(this.end));
    if (got <= 0) this.done = true;
    else this.end += got;
    return this.pos < this.end;
  }

  /** Remembers the current position so the next item can be read again. */
  hold(): void {
    this.held = this.pos;
    this.heldLine = this.line;
    this.heldLineStart = this.lineStart;
  }

  release(): void {
    this.held = -1;
  }

  rewind(): void {
    this.pos = this.held;
    this.line = this.heldLine;
    this.lineStart = this.heldLineStart;
    this.held = -1;
  }

  fail(what: string): MatchingInputError {
    const column = this.base + this.pos - this.lineStart + 1;
    const at = `line ${this.line} column ${column}`;
    return new MatchingInputError(`invalid JSON at ${at}: ${what}`, at);
  }

  /** Skips whitespace and returns the next byte without consuming it (-1 at the end). */
  peek(): number {
    for (;;) {
      if (this.pos >= this.end && !this.more()) return -1;
      const c = this.buf[this.pos];
      if (c === 0x20 || c === 0x09 || c === 0x0d) this.pos++;
      else if (c === 0x0a) {
        this.pos++;
        this.line++;
        this.lineStart = this.base + this.pos;
      } else return c;
    }
  }

  expect(c: number, what: string): void {
    if (this.peek() !== c) throw this.fail(`expected ${what}${this.found()}`);
    this.pos++;
  }

  /** Consumes `c` if it is next. */
  eat(c: number): boolean {
    if (this.peek() !== c) return false;
    this.pos++;
    return true;
  }

  found(): string {
    const c = this.peek();
    if (c < 0) return ' but the file ended';
    return c >= 0x20 && c < 0x7f
      ? ` but found '${String.fromCharCode(c)}'`
      : ` but found byte ${c}`;
  }

  /** After a list item: true if another item follows (','), false at `close`. */
  next(close: number, what: string): boolean {
    const c = this.peek();
    if (c === 0x2c) {
      this.pos++;
      return true;
    }
    if (c === close) {
      this.pos++;
      return false;
    }
    throw this.fail(`expected ',' or ${what}${this.found()}`);
  }

  literal(word: string): void {
    for (let k = 0; k < word.length; k++) {
      if (!this.more() || this.buf[this.pos] !== word.charCodeAt(k))
        throw this.fail(`invalid literal (expected ${word})`);
      this.pos++;
    }
  }

  /** Reads a number; the caller checked that the next byte starts one ('-' or a digit). */
  number(): number {
    this.mark = this.pos;
    let negative = false;
    if (this.buf[this.pos] === 0x2d) {
      negative = true;
      this.pos++;
    }
    // Up to 15 significant digits go into an exact integer mantissa; value = mantissa · 10^scale.
    let mantissa = 0;
    let significant = 0;
    let scale = 0;
    let exact = true;
    let c = this.more() ? this.buf[this.pos] : -1;
    if (c === 0x30) {
      this.pos++;
      c = this.more() ? this.buf[this.pos] : -1;
      if (c >= 0x30 && c <= 0x39) throw this.fail('leading zeros are not allowed in numbers');
    } else if (c >= 0x31 && c <= 0x39) {
      while (c >= 0x30 && c <= 0x39) {
        if (significant < 15) {
          mantissa = mantissa * 10 + (c - 0x30);
          significant++;
        } else {
          scale++;
          if (c !== 0x30) exact = false;
        }
        this.pos++;
        c = this.more() ? this.buf[this.pos] : -1;
      }
    } else throw this.fail('invalid number');
    if (c === 0x2e) {
      this.pos++;
      c = this.more() ? this.buf[this.pos] : -1;
      if (!(c >= 0x30 && c <= 0x39)) throw this.fail('expected a digit after the decimal point');
      while (c >= 0x30 && c <= 0x39) {
        if (significant < 15) {
          mantissa = mantissa * 10 + (c - 0x30);
          scale--;
          if (mantissa > 0) significant++;
        } else if (c !== 0x30) exact = false;
        this.pos++;
        c = this.more() ? this.buf[this.pos] : -1;
      }
    }
    if (c === 0x65 || c === 0x45) {
      this.pos++;
      c = this.more() ? this.buf[this.pos] : -1;
      let sign = 1;
      if (c === 0x2b || c === 0x2d) {
        if (c === 0x2d) sign = -1;
        this.pos++;
        c = this.more() ? this.buf[this.pos] : -1;
      }
      if (!(c >= 0x30 && c <= 0x39)) throw this.fail('expected a digit in the exponent');
      let exponent = 0;
      while (c >= 0x30 && c <= 0x39) {
        if (exponent < 100000) exponent = exponent * 10 + (c - 0x30);
        this.pos++;
        c = this.more() ? this.buf[this.pos] : -1;
      }
      scale += sign * exponent;
    }
    // Clinger's fast path: both operands exact, one correctly rounded operation.
    let value: number;
    if (exact && scale === 0) value = mantissa;
    else if (exact && scale < 0 && scale >= -POW10_EXACT) value = mantissa / pow10(-scale);
    else if (exact && scale > 0 && scale <= POW10_EXACT) value = mantissa * pow10(scale);
    else {
      const text = decoder.decode(this.buf.subarray(this.mark, this.pos));
      this.mark = -1;
      return Number(text);
    }
    this.mark = -1;
    return negative ? -value : value;
  }

  /** Reads a string (after checking the next byte is '"'); returns its raw byte range when it
   * has no escapes (`rawStart`/`rawEnd`, valid until the next read), else decodes it. */
  rawStart = 0;
  rawEnd = 0;
  rawString(): string | null {
    this.pos++;
    this.mark = this.pos;
    let escaped = false;
    for (;;) {
      if (this.pos >= this.end && !this.more()) throw this.fail('unterminated string');
      const c = this.buf[this.pos];
      if (c === 0x22) break;
      if (c < 0x20) throw this.fail('control character in string (escape it)');
      if (c === 0x5c) {
        escaped = true;
        this.pos++;
        if (!this.more()) throw this.fail('unterminated string');
      }
      this.pos++;
    }
    this.rawStart = this.mark;
    this.rawEnd = this.pos;
    this.pos++;
    this.mark = -1;
    if (!escaped) return null;
    return unescape(this, decoder.decode(this.buf.subarray(this.rawStart, this.rawEnd)));
  }

  string(): string {
    const decoded = this.rawString();
    return decoded ?? decoder.decode(this.buf.subarray(this.rawStart, this.rawEnd));
  }

  /** Any JSON value as a JS value. */
  value(): unknown {
    const c = this.peek();
    if (c === 0x7b) {
      this.pos++;
      const out: Record<string, unknown> = {};
      if (this.eat(0x7d)) return out;
      do {
        if (this.peek() !== 0x22) throw this.fail(`expected a property name${this.found()}`);
        const key = this.string();
        this.expect(0x3a, "':'");
        out[key] = this.value();
      } while (this.next(0x7d, "'}'"));
      return out;
    }
    if (c === 0x5b) {
      this.pos++;
      const out: unknown[] = [];
      if (this.eat(0x5d)) return out;
      do out.push(this.value());
      while (this.next(0x5d, "']'"));
      return out;
    }
    if (c === 0x22) return this.string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
    if (c === 0x74) return (this.literal('true'), true);
    if (c === 0x66) return (this.literal('false'), false);
    if (c === 0x6e) return (this.literal('null'), null);
    throw this.fail(
      c < 0 ? 'unexpected end of the file' : `unexpected${this.found().replace(' but found', '')}`,
    );
  }

  /** Only whitespace may follow the document. */
  finish(): void {
    if (this.peek() >= 0) throw this.fail('unexpected data after the end of the JSON document');
  }
}

function pow10(k: number): number {
  return POW10[k];
}

function unescape(reader: JsonReader, text: string): string {
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = text[++k];
    if (e === 'u') {
      const hex = text.slice(k + 1, k + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw reader.fail('invalid \\u escape in string');
      out += String.fromCharCode(parseInt(hex, 16));
      k += 4;
    } else {
      const simple = ESCAPES[e];
      if (simple === undefined) throw reader.fail(`invalid escape \\${e} in string`);
      out += simple;
    }
  }
  return out;
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
