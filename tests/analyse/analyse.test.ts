import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/analyse/index.js';
import { isRegularParticiple } from '../../src/analyse/passive.js';
import { MIN_WORDS_FOR_READABILITY, computeMetrics, percentOf, sentenceRates, sentenceStretches } from '../../src/analyse/metrics.js';
import { checkText } from '../../src/index.js';
import { formatJson } from '../../src/format/json.js';
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

describe('sentence rates', () => {
  const LONG = 'We have looked again at your claim for help with your rent and we have found that we did not count the money you get from your part-time job in the right way last year.';

  it('gives the passive and long-sentence rates and the average sentence length', async () => {
    const analysis = await analyse(['Your claim was rejected.', 'We will write to you.', LONG, 'Call us on 01632 960 000.'].join(' '));
    const { metrics } = analysis;
    expect(metrics.sentences).toBe(4);
    expect(metrics.passivePercent).toBe(25);
    expect(metrics.longSentencePercent).toBe(25);
    // Words of letters only, as the reading formulas count them ("part-time" is one): 4 + 5 + 35 + 3 = 47 over 4 sentences.
    expect(metrics.words).toBe(47);
    expect(metrics.averageSentenceLength).toBe(11.8);
    // Under 100 words: the rates are facts, the reading scores would mean nothing.
    expect(metrics.readingAge).toBeNull();
  });

  it('counts a sentence with two passives once', async () => {
    const analysis = await analyse('Your claim was rejected and the money was withheld. We will call you.');
    expect(analysis.metrics.passivePercent).toBe(50);
  });

  it('measures a list the way plain/sentence-length does: line by line', async () => {
    const list = ['Please bring:', '- your tenancy agreement and any letters from your landlord about the rent', '- your last three payslips or a letter from the Jobcentre about your benefits', '- a bank statement from this month'].join('\n');
    const analysis = await analyse(list);
    expect(analysis.sentences).toHaveLength(1);
    expect(sentenceStretches(analysis.sentences[0]!).map((s) => s.words)).toEqual([2, 12, 13, 6]);
    expect(analysis.metrics.longSentencePercent).toBe(0);
  });

  it('has no rates without a sentence', () => {
    expect(computeMetrics([])).toEqual({
      words: 0, sentences: 0, syllables: 0, fleschReadingEase: null, fleschKincaidGrade: null, readingAge: null,
      passivePercent: null, longSentencePercent: null, averageSentenceLength: null,
    });
  });

  it('counts long sentences above the threshold asked for', async () => {
    const analysis = await analyse(`We will write to you. ${LONG}`);
    expect(sentenceRates(analysis.sentences, analysis.messages).long).toHaveLength(1);
    expect(sentenceRates(analysis.sentences, analysis.messages, 40).long).toHaveLength(0);
    expect(sentenceRates(analysis.sentences, analysis.messages, 4).long).toHaveLength(2);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(0, 0)).toBeNull();
  });

  it('reach the JSON report with the other metrics', async () => {
    const report = await checkText(`Dear Mrs Patel\n\nYour claim was rejected. We will write to you.\n\nYours sincerely\n\nSam Jones`, { only: ['plain/targets'] });
    expect(JSON.parse(formatJson(report)).files[0].metrics).toMatchObject({ passivePercent: 50, longSentencePercent: 0, averageSentenceLength: 4.5, readingAge: null });
  });
});
