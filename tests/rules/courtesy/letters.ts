/** Builds short, realistic council letters for the courtesy rule tables. */
export interface LetterOptions {
  addressee?: string | null;
  salutation?: string | null;
  signoff?: string | null;
  subject?: string | null;
  body?: string;
}

export const ADDRESS = '12 Orchard Close\nEastbrook\nEB3 7QT';

/**
 * Lines: 1-4 letterhead, 6-9 addressee, 11-12 references, 14 date,
 * 16 salutation, 18 subject, 20 body, 22 sign-off, 26-27 signature
 * (when every part is present).
 */
export function letter({
  addressee = 'Mrs A Patel',
  salutation = 'Dear Mrs Patel',
  signoff = 'Yours sincerely',
  subject = 'Your Council Tax bill',
  body = 'Thank you for your letter of 3 March. We have changed your bill and a new one is on its way.',
}: LetterOptions = {}): string {
  const parts = ['Eastbrook District Council\nCouncil Offices, Station Road\nEastbrook\nEB1 4XY'];
  if (addressee !== null) parts.push(`${addressee}\n${ADDRESS}`);
  parts.push('Our ref: CT/2025/0118\nPlease ask for: Sam Jones', '14 March 2025');
  if (salutation !== null) parts.push(salutation);
  if (subject !== null) parts.push(subject);
  parts.push(body);
  if (signoff !== null) parts.push(`${signoff}\n\n`, 'Sam Jones\nCouncil Tax Officer');
  return `${parts.join('\n\n')}\n`;
}
