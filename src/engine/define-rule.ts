import type { Rule, RuleMeta } from '../types.js';

const RULE_ID = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A custom rule's id starts with the organisation's folder, which may be kebab-case too ("folkestone-hythe/council-name"). */
const CUSTOM_RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface DefineRuleOptions {
  /**
   * An organisation's own rule (a YAML rule kind): its id starts with the
   * organisation's folder rather than its category.
   */
  custom?: boolean;
}

/** Placeholders used in a message template: `{name}`. */
export function messagePlaceholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * Declares a rule and checks its metadata once, at load time, so that a
 * malformed rule fails the test suite instead of a user's run.
 */
export function defineRule(rule: Rule, options: DefineRuleOptions = {}): Rule {
  const meta: RuleMeta = rule.meta;
  if (options.custom) {
    if (!CUSTOM_RULE_ID.test(meta.id)) throw new Error(`Rule id "${meta.id}" must look like organisation/name-in-kebab-case`);
  } else {
    if (!RULE_ID.test(meta.id)) throw new Error(`Rule id "${meta.id}" must look like category/name-in-kebab-case`);
    if (!meta.id.startsWith(`${meta.category}/`)) throw new Error(`Rule ${meta.id} must start with its category "${meta.category}/"`);
  }
  if (!meta.standard) throw new Error(`Rule ${meta.id} must cite the standard it enforces`);
  if (Object.keys(meta.messages).length === 0) throw new Error(`Rule ${meta.id} declares no messages`);
  if (meta.examples.good.length === 0 || meta.examples.bad.length === 0) {
    throw new Error(`Rule ${meta.id} needs at least one good and one bad example`);
  }
  const create = rule.create;
  return {
    meta,
    create(context) {
      const report = context.report;
      create({
        ...context,
        report(r) {
          if (!(r.messageId in meta.messages)) throw new Error(`Rule ${meta.id} reported undeclared message "${r.messageId}"`);
          if (r.fix && !meta.fixable) throw new Error(`Rule ${meta.id} reported a fix but is not fixable`);
          report(r);
        },
      });
    },
  };
}

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
