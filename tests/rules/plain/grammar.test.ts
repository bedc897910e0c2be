import { runRuleTests } from '../../helpers/rule-tester.js';
import grammar from '../../../src/rules/plain/grammar.js';

const letter = (body: string) => `Dear Mr Khan\n\n${body}\n\nYours sincerely`;

runRuleTests(grammar, {
  valid: [
    letter('He said that that was the last payment. The tenant had had a reminder already.'),
    letter('An officer will call within an hour. It is a one-off charge for a university hall.'),
    letter('You can ask an MP, an NHS nurse or a GP. This is a European scheme and a useful guide.'),
    letter('Please read an FAQ sheet and a BBC article. It was an honest mistake and an unusual case.'),
    letter('Section a of the form is optional. Please tick option a or option b.'),
    letter('Your welcome pack is enclosed. It could of course take longer.'),
    letter('The council has its own rules. It’s ours to fix.'),
    letter('We will call you… then we will write. Please bring your bill, bank statement, etc. to the office.'),
    letter('Bring proof of your address, e.g. a utility bill. We need it by 3 May.'),
    letter('We might take a while. A HMO licence or an HMO licence are both fine to apply for.'),
    { text: '# Your bin\n\n- email us\n- phone us\n\nDear Mr Khan\n\nThanks.\n\nYours sincerely', format: 'md', name: 'list items start in lower case' },
  ],
  invalid: [
    {
      text: letter('We will send the the form next week.'),
      errors: [{ messageId: 'repeated', excerpt: 'the the', suggestion: 'the', line: 3, column: 14, severity: 'warning' }],
    },
    {
      text: letter('It takes a hour. We have a appointment for you and an booking reference.'),
      errors: [
        { messageId: 'article', excerpt: 'a hour', suggestion: 'an hour' },
        { messageId: 'article', excerpt: 'a appointment', suggestion: 'an appointment' },
        { messageId: 'article', excerpt: 'an booking', suggestion: 'a booking' },
      ],
    },
    {
      text: letter('Please write to a MP or an university. A officer will call.'),
      errors: [{ suggestion: 'an MP' }, { suggestion: 'a university' }, { suggestion: 'An officer' }],
    },
    {
      text: letter('You should of received a bill. We would of called you.'),
      errors: [
        { messageId: 'couldOf', excerpt: 'should of', suggestion: 'should have' },
        { messageId: 'couldOf', excerpt: 'would of', suggestion: 'would have' },
      ],
    },
    {
      text: letter('Thank you for your help. Your welcome to call us.\n\nYour welcome!'),
      name: 'only a closing “your welcome” is wrong',
      errors: [{ messageId: 'yourWelcome', excerpt: 'Your welcome', suggestion: 'You’re welcome', line: 5 }],
    },
    {
      text: letter('The scheme has it’s own rules.'),
      errors: [{ messageId: 'itsOwn', excerpt: 'it’s own', suggestion: 'its own' }],
    },
    {
      text: letter('Your bill is enclosed,, with a leaflet.. Please pay it. .'),
      errors: [
        { messageId: 'punctuation', excerpt: ',,', suggestion: ',' },
        { messageId: 'punctuation', excerpt: '..', suggestion: '.' },
        { messageId: 'punctuation', excerpt: '. .', suggestion: '.' },
      ],
    },
    {
      text: letter('We have checked your account. the balance is now zero.'),
      errors: [{ messageId: 'lowercaseStart', excerpt: 'the', suggestion: 'The', line: 3, column: 31 }],
    },
  ],
});
