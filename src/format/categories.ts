/** Category ids in the order reports list them, and their names for people. */
export const CATEGORY_ORDER = ['plain', 'courtesy', 'correspondence', 'template', 'access', 'email', 'privacy'];

const CATEGORY_NAMES: Record<string, string> = {
  plain: 'Plain language',
  courtesy: 'Courtesy',
  correspondence: 'Correspondence',
  template: 'Template',
  access: 'Accessibility',
  email: 'Email',
  privacy: 'Privacy',
};

export const categoryName = (id: string): string => CATEGORY_NAMES[id] ?? id;
