// Placeholder with the agreed signature; replaced by the .dotx/.docx template reader.
import type { CorporateTemplate } from './formatting-types.js';

/** Reads the corporate template (.dotx or .docx): its body font and size and its styles. Throws LoadError on a bad file. */
export async function loadCorporateTemplate(path: string): Promise<CorporateTemplate> {
  throw new Error(`corporate templates are not supported yet (${path})`);
}
