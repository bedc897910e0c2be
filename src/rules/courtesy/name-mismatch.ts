import { defineRule } from '../../engine/define-rule.js';
import { TITLES_OF_OFFICE, foldName, parseName } from '../../segment/names.js';
import { greetingFor, salutationPhrase } from './letter.js';

/** Forenames agree when equal, when one is the other's initial, or one shortens the other (Jon, Jonathan). */
function forenamesAgree(greeting: string, addressed: string): boolean {
  const a = foldName(greeting);
  const initials = addressed.split(/[\s.]+/).filter(Boolean);
  if (initials.every((i) => /^[A-Z]{1,3}$/.test(i) && i.length <= 3) && addressed.replace(/[\s.]/g, '').length <= 3) {
    return a.startsWith(initials[0]!.charAt(0).toLowerCase());
  }
  const b = foldName(addressed);
  return a === b || a.startsWith(b) || b.startsWith(a);
}

export default defineRule({
  meta: {
    id: 'courtesy/name-mismatch',
    category: 'courtesy',
    severity: 'error',
    fixable: false,
    description: 'The name in the salutation matches the name in the address.',
    why: 'Greeting the reader by the wrong name or title, often left over from an earlier letter, is the quickest way to lose their trust (Shepway 11: use the customer’s name).',
    standard: 'Shepway 11',
    messages: {
      surname: '“{salutation}” does not match the name in the address, “{addressee}”: write “{expected}”.',
      title: '“{salutation}” uses a different title from the address, “{addressee}”: write “{expected}”.',
      forename: '“{salutation}” does not match the first name in the address, “{addressee}”: check the name.',
    },
    examples: {
      good: [
        'Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nDear Mrs Patel\n\nWe have received your form.\n\nYours sincerely\n\nSam Jones',
        'Mr and Mrs J Smith\n4 Mill Lane\nEastbrook\nEB2 5RT\n\nDear Mr and Mrs Smith\n\nWe have received your form.\n\nYours sincerely\n\nSam Jones',
      ],
      bad: [
        'Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nDear Mrs Shah\n\nWe have received your form.\n\nYours sincerely\n\nSam Jones',
        'Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nDear Mr Patel\n\nWe have received your form.\n\nYours sincerely\n\nSam Jones',
      ],
    },
  },
  create(context) {
    const { salutation, addressee } = context.parts;
    if (!salutation || salutation.impersonal || !addressee?.named || !addressee.name) return;
    const greeted = parseName(salutation.name ?? '');
    const addressed = parseName(addressee.name);
    if (!greeted || !addressed) return;
    const expected = greetingFor(addressee);
    const start = salutation.nameStart ?? salutation.start;
    const end = salutation.nameEnd ?? salutation.end;
    const data = { salutation: salutationPhrase(salutation), addressee: addressee.name, expected: expected ?? '' };
    const report = (messageId: 'surname' | 'title' | 'forename') =>
      context.report({ messageId, data, start, end, ...(expected && messageId !== 'forename' ? { suggestion: expected } : {}) });

    if (greeted.surname && addressed.surname) {
      const greetedSurname = foldName(greeted.surname);
      const addressedTail = foldName(addressed.tokens.join(''));
      const agree = addressedTail.endsWith(greetedSurname) || greetedSurname.endsWith(foldName(addressed.surname));
      if (!agree) return report('surname');
    }
    if (greeted.titles.length > 0 && addressed.titles.length > 0) {
      // Dr, Cllr and the like sit beside Mr or Ms: only Mr/Mrs/Ms/Miss/Mx against each other is a mistake.
      const courtesy = (titles: string[]) => titles.filter((t) => !TITLES_OF_OFFICE.has(t));
      const greetedTitles = courtesy(greeted.titles);
      const addressedTitles = courtesy(addressed.titles);
      const sameOrPart = greetedTitles.every((t) => addressedTitles.includes(t));
      if (greetedTitles.length > 0 && addressedTitles.length > 0 && !sameOrPart) return report('title');
    }
    if (greeted.forename && addressed.forename && !/^[A-Z]\.?$/.test(greeted.forename)) {
      if (!forenamesAgree(greeted.forename, addressed.forename)) return report('forename');
    }
  },
});
