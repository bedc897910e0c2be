import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidNhsNumber, maskPersonalData, passesLuhn } from '../../src/engine/mask.js';

describe('check digits', () => {
  it('validates NHS numbers with the modulus 11 check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    // Check digit 10 is never issued.
    expect(isValidNhsNumber('0000000060')).toBe(false);
  });

  it('applies Luhn to card numbers', () => {
    expect(passesLuhn('4539148803436467')).toBe(true);
    expect(passesLuhn('4539148803436468')).toBe(false);
    expect(passesLuhn('79927398713')).toBe(true);
  });
});

describe('National Insurance numbers', () => {
  const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);
  it('follows the prefix rules', () => {
    expect(kinds('NI: AB 12 34 56 C')).toEqual(['ni-number']);
    for (const bad of ['DA123456A', 'AD123456A', 'AO123456A', 'BG123456A', 'GB123456A', 'NK123456A', 'KN123456A', 'TN123456A', 'NT123456A', 'ZZ123456A', 'QA123456A', 'AV123456A', 'AB123456E']) {
      expect(kinds(`NI: ${bad}`), bad).toEqual([]);
    }
    expect(kinds('NI: OA123456B')).toEqual(['ni-number']);
  });
});

describe('maskPersonalData', () => {
  it('keeps the length and positions of the text', () => {
    const text = 'NI JT 12 34 56 C, card 4539-1488-0343-6467, DOB 01/02/1970, tel 01632 960 123.';
    const masked = maskPersonalData(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('NI JT •• •• •• C, card ••••-••••-••••-6467, DOB ••/••/••••, tel 01632 960 123.');
  });

  it('leaves text without personal data untouched', () => {
    const text = 'Your bill of £1,234.56 for 2025/26 is due on 01/04/2025. Ref CT/2025/0118, EB3 7QT.';
    expect(maskPersonalData(text)).toBe(text);
  });
});
