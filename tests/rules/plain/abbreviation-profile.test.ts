import abbreviation from '../../../src/rules/plain/abbreviation.js';
import { runRuleTests } from '../../helpers/rule-tester.js';

const profile = { vocabulary: { accept: ['SDC', 'ecobox', 'csc'] } };

// Acronyms among the organisation's accepted words (vocabulary.accept) need no spelling out.
runRuleTests(abbreviation, {
  valid: [
    { name: 'an accepted acronym', text: 'SDC will collect your bins on Friday.', profile },
    { name: 'accepted in lower case in the config', text: 'Call the CSC on 01303 853000.', profile },
    { name: 'alongside the allow option', text: 'Call the CSC or the HRA on 01303 853000.', profile, options: { allow: ['HRA'] } },
  ],
  invalid: [
    { name: 'not accepted without the profile', text: 'SDC will collect your bins on Friday.', errors: [{ messageId: 'unexplained', message: '“SDC” is not explained' }] },
    { name: 'other acronyms are still checked', text: 'SDC will send you a DHP form.', profile, errors: [{ message: '“DHP” is not explained' }] },
  ],
});
