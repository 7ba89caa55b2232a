// Turns the bytes of a record file into text, noting a byte order mark, invalid UTF-8 and binary content.

export interface Decoded {
  text: string;
  bom: boolean;
  invalidSequences: number;
  binary: string | null;
  controlCharacters: number;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes UTF-8; invalid sequences become U+FFFD and are counted, never thrown. */
export function decodeRecord(bytes: Uint8Array): Decoded {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const text = decoder.decode(body);
  const invalidSequences = countReplacements(text) - countEncodedReplacements(body);
  return { text, bom, invalidSequences, binary: binaryReason(body), controlCharacters: countControls(text) };
}

/** U+FFFD characters the file itself holds (EF BF BD) are text, not decoding errors. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Control characters other than tab, line feed and carriage return. */
function countControls(text: string): number {
  const m = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g);
  return m ? m.length : 0;
}

/** NUL bytes, or a large share of control bytes in the first 8 KiB, mean the file is not text. */
function binaryReason(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return 'it contains NUL bytes';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return head.length > 0 && controls / head.length > 0.1 ? 'more than 10% of its first bytes are control codes' : null;
}
