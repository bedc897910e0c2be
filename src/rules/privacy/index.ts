import type { Rule } from '../../types.js';
import recipientExposure from './recipient-exposure.js';
import protectiveMarking from './protective-marking.js';
import personalData from './personal-data.js';

/** The privacy/* rules, in the order `cc-check rules` lists them. */
export const privacyRules: Rule[] = [recipientExposure, protectiveMarking, personalData];
