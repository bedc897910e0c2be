import type { Rule } from '../../types.js';
import salutationMissing from './salutation-missing.js';
import salutationImpersonal from './salutation-impersonal.js';
import signoffMismatch from './signoff-mismatch.js';
import signoffMissing from './signoff-missing.js';
import signoffFormat from './signoff-format.js';
import nameMismatch from './name-mismatch.js';
import shouting from './shouting.js';
import tone from './tone.js';
import inclusiveLanguage from './inclusive-language.js';

/** The courtesy/* rules, in the order `cc-check rules` lists them. */
export const courtesyRules: Rule[] = [salutationMissing, salutationImpersonal, signoffMismatch, signoffMissing, signoffFormat, nameMismatch, shouting, tone, inclusiveLanguage];
