import { loadFile } from '../load/index.js';
import { segmentLetter } from '../segment/index.js';
import type { Document, ReplyTo } from '../types.js';
import { extractPoints } from './points.js';

export { extractPoints, unansweredPoints, pointOf, termsOf, raisesIssue, candidateSentences, isAnswered, type ComplaintPoint } from './points.js';

export type { ReplyTo };

/** The complainant's own new text: the body (no quoted earlier messages, greeting or sign-off), or the whole text. */
export function complaintText(document: Document): string {
  const body = segmentLetter(document).body;
  return body && body.text.trim() ? body.text : document.text;
}

/** Loads a complaint (.eml, .txt, .md, .docx) and extracts its points; a bad file throws a LoadError. */
export async function loadComplaint(path: string): Promise<ReplyTo> {
  const document = await loadFile(path);
  return { path, points: extractPoints(complaintText(document)) };
}
