// Placeholder so the rule list compiles while the rule is written; replaced by the real rule.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  meta: {
    id: 'plain/targets',
    category: 'plain',
    severity: 'warning',
    fixable: false,
    description: 'TODO',
    standard: 'Shepway 11',
    messages: { todo: 'TODO' },
    examples: { good: ['TODO'], bad: ['TODO'] },
  },
  create() {},
});
