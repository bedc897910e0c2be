import { defineListRule } from './list-rule.js';

/** plain/latin-legal: everything about it is in rules/plain/latin-legal.yml. */
export default defineListRule('plain/latin-legal');
