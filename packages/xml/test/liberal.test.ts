// Liberal in: what the parser tolerates, and the warning (code + position) it gives for each deviation.
import { describe, expect, it } from 'vitest';
import { parseXml } from '../src/index.js';
import { read, readJson } from './helpers.js';

const minimal = read('conformance/examples/seed/minimal-lead.xml');
const expected = readJson('conformance/examples/seed/minimal-lead.json');
const lead = (xml: string) => (parseXml(xml).message.lex.payload as any).lead;
const codes = (xml: string) => parseXml(xml).warnings.map((w) => w.code);

describe('empty elements are absent (seed rule)', () => {
  it('<Email/> and <Email></Email> are treated as absent, with XML_EMPTY_ELEMENT_IGNORED', () => {
    for (const empty of ['<Email/>', '<Email></Email>', '<Email><!-- none --></Email>', '<Email><![CDATA[]]></Email>']) {
      const xml = minimal.replace('<Email>jane.smith@example.com</Email>', empty);
      const r = parseXml(xml);
      expect((r.message.lex.payload as any).lead.customer.email, empty).toBeUndefined();
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatchObject({ code: 'XML_EMPTY_ELEMENT_IGNORED', path: '/lex/payload/lead/customer/email', position: { line: 18, column: 1 } });
    }
  });

  it('a block with nothing in it is absent too', () => {
    const xml = minimal.replace('</Address>', '</Address><Preferences>\n</Preferences>');
    expect(lead(xml).customer.preferences).toBeUndefined();
    expect(codes(xml)).toEqual(['XML_EMPTY_ELEMENT_IGNORED']);
  });
});

describe('names, namespaces, aliases', () => {
  it('reads element names in any case, warning once per distinct written name', () => {
    const xml = minimal.replace(/<(\/?)([A-Z])(\w*)>/g, (_m, s: string, c: string, rest: string) => `<${s}${c.toLowerCase()}${rest}>`);
    const r = parseXml(xml);
    expect(r.message).toStrictEqual(expected);
    const cased = r.warnings.filter((w) => w.code === 'XML_ELEMENT_NAME_CASE');
    expect(cased.length).toBe(new Set(cased.map((w) => w.message)).size);
    expect(cased.find((w) => w.message.startsWith('<desiredVehicle>'))).toBeTruthy();
    const upper = minimal.replace('<MessageId>', '<MESSAGEID>').replace('</MessageId>', '</MESSAGEID>');
    expect(parseXml(upper).message).toStrictEqual(expected);
  });

  it('accepts a missing or different namespace and namespace prefixes, with a warning', () => {
    const none = minimal.replace(' xmlns="https://lexstandard.org/schema/1.0"', '');
    expect(parseXml(none).message).toStrictEqual(expected);
    expect(codes(none)).toEqual(['XML_NAMESPACE_MISSING']);
    const other = minimal.replace('https://lexstandard.org/schema/1.0', 'urn:lex:schema:v1.0');
    expect(codes(other)).toEqual(['XML_NAMESPACE_UNEXPECTED']);
    const prefixed = minimal
      .replace('<lex version="1.0.0" xmlns="https://lexstandard.org/schema/1.0">', '<l:lex version="1.0.0" xmlns:l="https://lexstandard.org/schema/1.0">')
      .replace(/<(\/?)(?!\?)([A-Za-z]\w*)/g, '<$1l:$2')
      .replace('<l:l:lex', '<l:lex')
      .replace('</l:lex>', '</l:lex>');
    const r = parseXml(prefixed);
    expect(r.message).toStrictEqual(expected);
    expect(r.warnings).toEqual([]);
  });

  it('reads <DesiredAsset> and <DesiredProduct> as desiredProduct', () => {
    for (const alias of ['DesiredAsset', 'DesiredProduct']) {
      const xml = minimal.replace('<DesiredVehicle>', `<${alias}>`).replace('</DesiredVehicle>', `</${alias}>`);
      expect(parseXml(xml).message, alias).toStrictEqual(expected);
      expect(codes(xml), alias).toEqual([]);
    }
  });

  it('reads another root element as <lex> with a warning, and an unknown attribute with a warning', () => {
    const xml = minimal.replace('<lex version', '<ALXMessage version').replace('</lex>', '</ALXMessage>').replace('<Header>', '<Header region="EU">');
    const r = parseXml(xml);
    expect(r.message).toStrictEqual(expected);
    expect(r.warnings.map((w) => w.code)).toEqual(['XML_ROOT_ELEMENT_NAME', 'XML_UNKNOWN_ATTRIBUTE']);
    expect(r.warnings[1]!.position).toMatchObject({ line: 3, column: 9 });
  });

  it('reports a missing version attribute', () => {
    const r = parseXml(minimal.replace(' version="1.0.0"', ''));
    expect(r.message.lex.version).toBeUndefined();
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([['XML_ATTRIBUTE_MISSING', '/lex/version']]);
  });
});

describe('unknown content is named, never dropped silently', () => {
  it('reports an unknown element with its element path, JSON path, line and column, and skips its content', () => {
    const xml = minimal.replace('<LastName>Smith</LastName>', '<LastName>Smith</LastName>\n  <Nickname><First>J</First></Nickname>');
    const r = parseXml(xml);
    expect(r.message).toStrictEqual(expected);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'UNKNOWN_ELEMENT', path: '/lex/payload/lead/customer', position: { line: 18, column: 3 } });
    expect(r.warnings[0]!.message).toContain('/lex/Payload/Lead/Customer/Nickname');
  });

  it('reports text where elements are expected and elements inside a value', () => {
    const xml = minimal.replace('<Customer>', '<Customer>stray').replace('<City>Springfield</City>', '<City>Spring<b>field</b></City>');
    const r = parseXml(xml);
    expect(r.warnings.map((w) => w.code)).toEqual(['XML_UNEXPECTED_TEXT', 'UNKNOWN_ELEMENT']);
    expect(lead(xml).customer.address.city).toBe('Spring');
  });

  it('keeps the first of duplicated values and says so', () => {
    const xml = minimal.replace('<Model>Camry</Model>', '<Model>Camry</Model><Model>Corolla</Model>');
    const r = parseXml(xml);
    expect((r.message.lex.payload as any).lead.desiredProduct.model).toBe('Camry');
    expect(r.warnings[0]).toMatchObject({ code: 'XML_DUPLICATE_ELEMENT', path: '/lex/payload/lead/desiredProduct/model' });
  });
});

describe('values', () => {
  it('converts to the JSON type of the field; keeps what does not convert as a string, with a positioned warning', () => {
    const xml = minimal
      .replace('<Year>2026</Year>', '<Year>twenty</Year><Trim> LE </Trim>')
      .replace('</Address>', '</Address><Preferences><DoNotCall> true </DoNotCall><DoNotEmail>0</DoNotEmail><DoNotText>perhaps</DoNotText></Preferences>');
    const r = parseXml(xml);
    const l = (r.message.lex.payload as any).lead;
    expect(l.desiredProduct.year).toBe('twenty');
    expect(l.desiredProduct.trim).toBe(' LE ');
    expect(l.customer.preferences).toStrictEqual({ doNotCall: true, doNotEmail: false, doNotText: 'perhaps' });
    expect(r.warnings.map((w) => [w.code, w.path, w.position?.line])).toEqual([
      ['XML_VALUE_NOT_CONVERTED', '/lex/payload/lead/customer/preferences/doNotText', 24],
      ['XML_VALUE_NOT_CONVERTED', '/lex/payload/lead/desiredProduct/year', 29],
    ]);
    expect(lead(minimal.replace('<Year>2026</Year>', '<Year>2026.5</Year>')).desiredProduct.year).toBe('2026.5');
    expect(lead(minimal.replace('<Year>2026</Year>', '<Year>2.026e3</Year>')).desiredProduct.year).toBe(2026);
  });

  it('reads CDATA, character references, comments and processing instructions; normalises line ends', () => {
    const xml = minimal
      .replace('<FirstName>Jane</FirstName>', '<FirstName><![CDATA[Ja<n>e]]></FirstName>')
      .replace('<City>Springfield</City>', '<City>Spring<!-- c -->field<?pi ignored?>&#x21;</City>')
      .replace('<Street1>123 Main Street</Street1>', '<Street1>123\r\nMain\rStreet&#13;</Street1>');
    const c = lead(xml).customer;
    expect(c.firstName).toBe('Ja<n>e');
    expect(c.address.city).toBe('Springfield!');
    expect(c.address.street1).toBe('123\nMain\nStreet\r');
  });

  it('keeps a bare & with a warning rather than failing', () => {
    const r = parseXml(minimal.replace('123 Main Street', 'AT&T Plaza'));
    expect((r.message.lex.payload as any).lead.customer.address.street1).toBe('AT&T Plaza');
    expect(r.warnings.map((w) => w.code)).toEqual(['XML_BARE_AMPERSAND']);
  });

  it('reads arrays with or without their wrapper, and item elements of any name with a warning', () => {
    const wrapped = minimal.replace('<Year>2026</Year>', '<Year>2026</Year><DesiredFeatures><Feature>Sunroof</Feature><feature>Tow</feature><Item>AWD</Item></DesiredFeatures><InstalledOptions><Option><Name>Mats</Name></Option></InstalledOptions><InstalledOption><Name>Hitch</Name></InstalledOption>');
    const r = parseXml(wrapped);
    const dp = (r.message.lex.payload as any).lead.desiredProduct;
    expect(dp.desiredFeatures).toEqual(['Sunroof', 'Tow', 'AWD']);
    expect(dp.installedOptions).toEqual([{ name: 'Mats' }, { name: 'Hitch' }]);
    expect(r.warnings.map((w) => w.code)).toEqual(['XML_ELEMENT_NAME_CASE', 'XML_ITEM_ELEMENT_NAME', 'XML_ARRAY_WRAPPER', 'XML_ITEM_ELEMENT_NAME']);
  });

  it('reads map entries by their key attribute and reports an entry without one', () => {
    const xml = minimal.replace('</Lead>', '<Metadata><CustomFields><Field name="salesRepId">SR-456</Field><Field>lost?</Field><Field NAME="campaignCode">SPRING26</Field></CustomFields></Metadata></Lead>');
    const r = parseXml(xml);
    expect((r.message.lex.payload as any).lead.metadata.customFields).toStrictEqual({ salesRepId: 'SR-456', campaignCode: 'SPRING26' });
    expect(r.warnings.map((w) => w.code)).toEqual(['XML_MAP_KEY_MISSING', 'XML_ELEMENT_NAME_CASE']);
  });

  it('accepts whitespace in end tags, single-quoted attributes and a BOM', () => {
    const xml = '\uFEFF' + minimal.replace('</City>', '</City  >').replace('version="1.0.0"', "version='1.0.0'");
    expect(parseXml(xml).message).toStrictEqual(expected);
  });

  it('warns about a declared encoding other than UTF-8 when given text', () => {
    expect(codes(minimal.replace('UTF-8', 'ISO-8859-1'))).toEqual(['XML_ENCODING_DECLARATION']);
  });
});
