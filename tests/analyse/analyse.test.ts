import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/analyse/index.js';
import { isRegularParticiple } from '../../src/analyse/passive.js';
import { MIN_WORDS_FOR_READABILITY } from '../../src/analyse/metrics.js';
import { loadBytes } from '../../src/load/index.js';
import type { Analysis } from '../../src/types.js';

async function analyse(text: string): Promise<Analysis> {
  const document = await loadBytes('letter.txt', new TextEncoder().encode(text), 'txt');
  return analyseDocument(document, [{ start: 0, end: document.text.length }]);
}

const bySource = (analysis: Analysis, source: string) => analysis.messages.filter((m) => m.source === source);

describe('sentences', () => {
  it('splits after an amount or "etc." that retext-english keeps inside a word', async () => {
    const analysis = await analyse('You owe £486. We will pay back £48 by 14 March. Bring bills, payslips etc. Post them to us.');
    expect(analysis.sentences.map((s) => s.text)).toEqual(['You owe £486.', 'We will pay back £48 by 14 March.', 'Bring bills, payslips etc.', 'Post them to us.']);
    expect(analysis.sentences[1]!.words[0]).toMatchObject({ text: 'We', start: 14, end: 16 });
  });

  it('does not split "e.g." or a time', async () => {
    const analysis = await analyse('Bring proof, e.g. A bill from this month. We open at 9.30 every day.');
    expect(analysis.sentences).toHaveLength(2);
  });

  it('never runs a sentence across paragraphs', async () => {
    const analysis = await analyse('Dear Mrs Patel\n\nThank you for your letter');
    expect(analysis.sentences.map((s) => s.text)).toEqual(['Dear Mrs Patel', 'Thank you for your letter']);
  });
});

describe('passive voice', () => {
  it('finds regular participles that retext-passive misses, with adverbs between', async () => {
    const analysis = await analyse('Your application was rejected. Your claim is currently being processed. The fence was not repaired.');
    expect(bySource(analysis, 'cc-check').map((m) => m.actual)).toEqual(['was rejected', 'is currently being processed', 'was not repaired']);
  });

  it('leaves adjectival uses common in letters alone', async () => {
    const analysis = await analyse(
      'I am pleased to say we are committed to this. You are entitled to a discount. The office is located in Folkestone and our depot is based in Hythe. We know you are concerned and interested. I was upset. The flat is unoccupied.',
    );
    expect(analysis.messages.filter((m) => m.source === 'cc-check' || m.source === 'retext-passive').map((m) => m.actual)).toEqual([]);
  });

  it('tells participles from other words ending in -ed', () => {
    expect(['rejected', 'refused', 'approved', 'withheld', 'cancelled'].every(isRegularParticiple)).toBe(true);
    expect(['pleased', 'entitled', 'hundred', 'speed', 'unresolved', 'need', 'red'].some(isRegularParticiple)).toBe(false);
  });
});

describe('hard sentences (retext-readability, tuned)', () => {
  it('does not flag ordinary plain council sentences', async () => {
    const analysis = await analyse(
      [
        'Your application was rejected by the panel.',
        'We have approved your application for a Discretionary Housing Payment.',
        'Our environmental health officer inspected the premises and found several hygiene problems.',
        'If you disagree with our decision, you can ask the Local Government and Social Care Ombudsman to investigate.',
        'Your planning application for a single-storey rear extension has been approved with conditions.',
        'Following the investigation, the council will serve an improvement notice on the landlord.',
      ].join(' '),
    );
    expect(bySource(analysis, 'retext-readability')).toEqual([]);
  });

  it('flags a truly hard sentence', async () => {
    const analysis = await analyse('The determination of eligibility necessitates comprehensive verification of documentation evidencing entitlement.');
    expect(bySource(analysis, 'retext-readability')).toHaveLength(1);
  });
});

describe('retext-simplify', () => {
  it('ignores words that are ordinary in council letters', async () => {
    const analysis = await analyse('Please provide the information we requested and submit it by 3 March. You are responsible for the garden. Your Housing Benefit is currently £40 a week.');
    expect(bySource(analysis, 'retext-simplify').map((m) => m.actual)).toEqual([]);
  });

  it('still reports its wordy phrases', async () => {
    const analysis = await analyse('We will cease the service in view of the above.');
    expect(bySource(analysis, 'retext-simplify').map((m) => m.actual)).toContain('cease');
  });
});

describe('metrics', () => {
  it('gives no reading score below the minimum number of words', async () => {
    const analysis = await analyse('Thank you for your letter. We will reply by 14 March.');
    expect(analysis.metrics.words).toBeLessThan(MIN_WORDS_FOR_READABILITY);
    expect(analysis.metrics.fleschReadingEase).toBeNull();
  });

  it('scores a plain letter as plain', async () => {
    const sentence = 'We have paid the money into your bank account and you do not need to do anything else. ';
    const analysis = await analyse(sentence.repeat(8));
    expect(analysis.metrics.fleschReadingEase).toBeGreaterThan(60);
    expect(analysis.metrics.readingAge).toBeLessThanOrEqual(14);
  });
});
