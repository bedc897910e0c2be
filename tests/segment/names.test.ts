import { describe, expect, it } from 'vitest';
import { foldName, isImpersonalGreeting, parseName } from '../../src/segment/names.js';

describe('parseName', () => {
  it.each([
    ['Mrs A Patel', { title: 'Mrs', forename: 'A', surname: 'Patel' }],
    ['Mrs. A. Patel', { title: 'Mrs', forename: 'A.', surname: 'Patel' }],
    ['Mr A J Smith', { title: 'Mr', forename: 'A J', surname: 'Smith' }],
    ['Mr AJ Smith', { title: 'Mr', forename: 'AJ', surname: 'Smith' }],
    ['Mr and Mrs J Smith', { title: 'Mr and Mrs', titles: ['Mr', 'Mrs'], surname: 'Smith' }],
    ['Professor Helen Ward', { title: 'Prof', forename: 'Helen', surname: 'Ward' }],
    ['Councillor Brown', { title: 'Cllr', surname: 'Brown' }],
    ['Mx Sam Taylor', { title: 'Mx', forename: 'Sam', surname: 'Taylor' }],
    ["Mr Liam O'Neill", { title: 'Mr', forename: 'Liam', surname: "O'Neill" }],
    ['Mr Jan van der Berg', { title: 'Mr', forename: 'Jan', surname: 'Berg', tokens: ['Jan', 'van', 'der', 'Berg'] }],
    ['Anita Patel', { forename: 'Anita', surname: 'Patel' }],
    ['John', { forename: 'John' }],
  ])('parses "%s"', (text, expected) => {
    expect(parseName(text)).toMatchObject(expected);
  });

  it.each(['The Occupier', 'Planning Team', 'Eastbrook District Council', '12 Orchard Close', 'council.tax@eastbrook.gov.uk', 'Thank you for your letter', 'Mrs'])(
    'does not take "%s" for a person',
    (text) => {
      expect(parseName(text)).toBeUndefined();
    },
  );

  it('can insist on a title, as the addressee search does', () => {
    expect(parseName('Anita Patel', { requireTitle: true })).toBeUndefined();
    expect(parseName('Ms Anita Patel', { requireTitle: true })?.surname).toBe('Patel');
  });
});

describe('isImpersonalGreeting', () => {
  it.each(['Sir/Madam', 'Sir or Madam', 'Madam / Sir', 'Sir', 'Sirs', 'Customer', 'Valued Customer', 'Resident', 'Customer/Resident/Occupier', 'Tenant', 'Householder', 'Council Tax Payer', 'Parent/Guardian', 'All'])(
    '"%s" names no one',
    (greeting) => expect(isImpersonalGreeting(greeting)).toBe(true),
  );
  it.each(['Mrs Patel', 'John', 'Sir John Smith', 'Planning Team', 'Dr Okafor'])('"%s" is not impersonal', (greeting) => expect(isImpersonalGreeting(greeting)).toBe(false));
});

describe('foldName', () => {
  it('ignores case, hyphens, spaces and apostrophes', () => {
    expect(foldName('Smith-Jones')).toBe(foldName('smith jones'));
    expect(foldName("O'Brien")).toBe(foldName('OBrien'));
    expect(foldName('O’Brien')).toBe('obrien');
  });
});
