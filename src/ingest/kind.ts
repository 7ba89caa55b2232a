// Decides what kind of document a record is (transcript, telegram, ...) from its Type field, title and body.
import type { RecordType } from '../record.js';

/** Checked in order: the first pattern that matches the text decides. */
const KINDS: [RegExp, RecordType][] = [
  [/\b(?:telegram|cable|cipher(?:ed)? (?:telegram|message)|radiogram|telex)\b/i, 'telegram'],
  [/\bminutes\b|\bprotocol (?:no\.?|of the)\b|\bprotokoll\b/i, 'minutes'],
  [/\b(?:diary|journal)\b/i, 'journal entry'],
  [/\b(?:record|memorandum|memo|notes?|transcript|minutes) of (?:a |the )?(?:talks?|conversations?|meetings?|discussions?|interviews?)\b|\b(?:conversation|talks|discussion|meeting|interview) (?:between|with)\b|^conversation$|^memorandum of conversation$/i, 'transcript'],
  [/\bletter\b|\bmessage from\b/i, 'letter'],
  [/\b(?:memorandum|memo|note|aide-m[ée]moire)\b/i, 'memorandum'],
  [/\b(?:report|information|intelligence|assessment|analysis)\b/i, 'report'],
];

/** The record type: the `Type` metadata value first, then the title; a body with speaker turns is a transcript. */
export function recordType(typeField: string | undefined, title: string | undefined, hasTurns: boolean): RecordType {
  for (const text of [typeField, title]) {
    if (!text) continue;
    const hit = KINDS.find(([re]) => re.test(text));
    if (hit) return hit[1];
  }
  return hasTurns ? 'transcript' : 'document';
}
