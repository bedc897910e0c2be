import type { TemplateElement } from '../types.js';

/** The letter parts template/required-elements knows, in the order the README lists them. */
export const TEMPLATE_ELEMENTS = [
  'organisation-name',
  'date',
  'our-reference',
  'contact-officer',
  'phone',
  'email',
  'subject',
  'signature-job-title',
  'footer',
] as const satisfies readonly TemplateElement[];

// Fails to compile when TemplateElement gains a member this list lacks.
type Missing = Exclude<TemplateElement, (typeof TEMPLATE_ELEMENTS)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
