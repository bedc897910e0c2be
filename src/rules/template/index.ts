import type { Rule } from '../../types.js';
import requiredElements from './required-elements.js';
import styles from './styles.js';
import publicationDate from './publication-date.js';

export const templateRules: Rule[] = [requiredElements, styles, publicationDate];
