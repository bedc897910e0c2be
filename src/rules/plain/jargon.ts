import { defineListRule } from './list-rule.js';

/** plain/jargon: everything about it is in rules/plain/jargon.yml. */
export default defineListRule('plain/jargon');
