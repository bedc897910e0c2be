import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, loadBytes, loadFile, LoadError } from '../../src/index.js';
import { htmlToText } from '../../src/load/eml.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const HEAD = 'From: "Sam Jones" <sam.jones@eastbrook.gov.uk>\nTo: anita.patel@example.com\nSubject: Your Council Tax refund\n';

async function loadError(text: string): Promise<LoadError> {
  try {
    await loadBytes('bad.eml', bytes(text));
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError');
}

describe('loadEml', () => {
  it('reads a plain-text reply: the body as text, blank-line paragraphs as blocks, the headers apart', async () => {
    const document = await loadFile('fixtures/emails/reply-gmail-quoted.eml');
    expect(document.format).toBe('eml');
    expect(document.text.startsWith('Dear Mrs Patel\n\nThank you for your email.')).toBe(true);
    expect(document.text).not.toContain('\r');
    expect(document.blocks[0]).toMatchObject({ start: 0, end: 'Dear Mrs Patel'.length, paragraph: 1, part: 'body' });
    expect(document.email).toMatchObject({
      from: { address: 'sam.jones@eastbrook.gov.uk', name: 'Sam Jones' },
      to: [{ address: 'anita.patel@example.com', name: 'Anita Patel' }],
      cc: [],
      bcc: [],
      subject: 'Re: Council Tax refund for 12 Mill Lane',
      inReplyTo: '<CAF1234@mail.gmail.com>',
      bodySource: 'text',
      attachments: [],
    });
    expect(document.metadata).toMatchObject({ author: 'Sam Jones', title: 'Re: Council Tax refund for 12 Mill Lane' });
    expect(document.email?.date).toMatch(/^2026-03-03T10:14:22/);
  });

  it('turns an HTML-only body into text with its paragraphs, without script or style', async () => {
    const document = await loadFile('fixtures/emails/html-only.eml');
    expect(document.email?.bodySource).toBe('html');
    expect(document.text).not.toMatch(/alert|font-family|<p>|&nbsp;/);
    expect(document.text).toContain('Dear Mr Hughes\n\nThank you for reporting the fly-tipping on Quarry Lane.');
    expect(document.text).toContain('Wednesday 4 March');
    expect(document.text).toContain('Leah Carter\nEnvironmental Enforcement Officer\nEastbrook District Council');
    expect(document.blocks.length).toBeGreaterThanOrEqual(5);
  });

  it('prefers the plain part of multipart/alternative and lists attachments without reading them', async () => {
    const document = await loadFile('fixtures/emails/multipart-alternative.eml');
    expect(document.email?.bodySource).toBe('text');
    expect(document.text).not.toContain('<p>');
    expect(document.text).not.toContain('PDF');
    expect(document.email?.attachments).toEqual([{ name: 'garden-waste-permit-2026.pdf', type: 'application/pdf' }]);
  });

  it('decodes a base64 body, and reads the auto-reply headers', async () => {
    expect((await loadFile('fixtures/emails/base64-body.eml')).text).toContain('application for a Blue Badge');
    expect((await loadFile('fixtures/emails/out-of-office-good.eml')).email?.autoSubmitted).toBe('auto-replied');
    expect((await loadFile('fixtures/emails/out-of-office-bad.eml')).email?.xAutoreply).toBe('yes');
  });

  it('reads Cc and Bcc, groups flattened, addresses in lower case', async () => {
    const document = await loadBytes('x.eml', bytes('From: Ravi.Kumar@Eastbrook.gov.uk\nTo: Residents: a@example.com, b@example.net;\nCc: highways@eastbrook.gov.uk\nBcc: c@example.org\nSubject: Parking\n\nThe scheme starts on 1 April.'));
    expect(document.email?.from).toEqual({ address: 'ravi.kumar@eastbrook.gov.uk' });
    expect(document.email?.to.map((a) => a.address)).toEqual(['a@example.com', 'b@example.net']);
    expect(document.email?.cc.map((a) => a.address)).toEqual(['highways@eastbrook.gov.uk']);
    expect(document.email?.bcc.map((a) => a.address)).toEqual(['c@example.org']);
  });

  it('reads what it can of an unknown charset, a Latin-1 body and an unclosed multipart', async () => {
    expect((await loadBytes('x.eml', bytes(`${HEAD}Content-Type: text/plain; charset=x-unknown\n\nDear Mrs Patel\n\nWe have refunded your money.`))).text).toBe('Dear Mrs Patel\n\nWe have refunded your money.');
    expect((await loadBytes('x.eml', bytes(`${HEAD}Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nCaf=E9 =A3100`))).text).toBe('Café £100');
    const unclosed = `${HEAD}Content-Type: multipart/alternative; boundary="xyz"\n\n--xyz\nContent-Type: text/plain\n\nDear Mrs Patel\n\nWe have refunded your money.\n`;
    expect((await loadBytes('x.eml', bytes(unclosed))).text).toBe('Dear Mrs Patel\n\nWe have refunded your money.');
  });

  it('refuses what cannot be read, with a one-line reason', async () => {
    expect(await loadError('')).toMatchObject({ code: 'empty' });
    expect(await loadError('Hello, this is a note, not an email.\nJust a note.')).toMatchObject({ code: 'not-a-document', message: 'not an email (it has no From, To or Subject header)' });
    expect(await loadError(`${HEAD}\n\n`)).toMatchObject({ code: 'empty', message: 'the email has no text body to check' });
    expect(await loadError(`${HEAD}Content-Transfer-Encoding: base64\n\n%%%%not base64 at all %%%% ~~~~ !!!\n`)).toMatchObject({ code: 'encoding' });
    for (const error of [await loadError(''), await loadError(`${HEAD}\n`)]) expect(error.message).not.toContain('\n');
  });

  it('reports a broken email as a file error in a run, and checks the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-check-eml-'));
    const broken = join(dir, 'broken.eml');
    writeFileSync(broken, `${HEAD}Content-Transfer-Encoding: base64\n\n%%%% not base64 %%%% ~~~ !!!\n`);
    const report = await checkFiles([broken, 'fixtures/emails/vague-subject.eml']);
    expect(report.files[0]!.error).toMatchObject({ code: 'encoding' });
    expect(report.files[1]!.error).toBeNull();
    expect(report.summary).toMatchObject({ files: 2, errors: 1 });
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks, decodes entities and drops comments, scripts and styles', () => {
    const html = '<html><head><title>x</title><style>p{color:red}</style></head><body><!-- tracking --><p>Dear&nbsp;Mr&nbsp;Hughes,</p><p>Fish &amp; chips &lt;3 &#163;5 &#x2013; ok</p><div>Line one<br>Line two</div><script>steal()</script><ul><li>first</li><li>second</li></ul></body></html>';
    expect(htmlToText(html)).toBe('Dear Mr Hughes,\n\nFish & chips <3 £5 – ok\n\nLine one\nLine two\n\nfirst\nsecond');
  });

  it('keeps a "<" of the text, and gets through hostile markup', () => {
    expect(htmlToText('<p>Band A < Band B</p>')).toBe('Band A < Band B');
    for (const hostile of ['<script>'.repeat(200_000), '<!--'.repeat(200_000), '<a '.repeat(200_000), '<style>x</style>'.repeat(100_000) + '<p>Dear Mr Hughes</p>']) {
      // A quadratic pass would run for minutes here and hit the test timeout; speed itself is benchmarked, not tested.
      expect(typeof htmlToText(hostile)).toBe('string');
    }
  });
});
