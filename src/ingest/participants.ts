// Turns the attendance line and the speakers into one participant list, principals being those the title names.
import type { Participant } from '../record.js';
import { straightApostrophes } from './apostrophes.js';
import type { Attendee } from './attendance.js';

/** Attendees in printed order, then speakers the attendance line does not name; a name the title prints is a principal. */
export function participants(attendees: Attendee[], speakers: string[], title: string): Participant[] {
  const out: Participant[] = attendees.map((a) => {
    const p: Participant = { name: a.name, role: role(a.name, title), from: 'attendance', span: { start: a.start, end: a.end } };
    if (a.side !== undefined) p.side = a.side;
    if (a.gloss) p.gloss = a.gloss;
    if (a.pseudonym) p.pseudonym = a.pseudonym;
    return p;
  });
  for (const s of speakers) {
    if (out.some((p) => sameName(p.name, s)) || !isPersonal(s)) continue;
    out.push({ name: s, role: role(s, title), from: 'speaker' });
  }
  return out;
}

/** `Stalin` and `I.V. Stalin`, `Mao` and `Mao Zedong`: one name's words all appear in the other, in order. */
export function sameName(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0) return false;
  const at = long.indexOf(short[0] ?? '');
  return at !== -1 && short.every((w, i) => long[at + i] === w);
}

function words(name: string): string[] {
  return straightApostrophes(name.normalize('NFC')).toLowerCase().split(/[\s.]+/).filter((w) => w.length > 1);
}

function role(name: string, title: string): Participant['role'] {
  const t = words(title);
  const n = words(name);
  return n.length > 0 && n.every((w) => t.includes(w)) ? 'principal' : 'participant';
}

/** A role label (`Ambassador`) is not a person's name. */
function isPersonal(speaker: string): boolean {
  return !/^(?:ambassador|interpreter|translator|chairman|president|minister|secretary|premier|question|answer|voice|delegate|speaker)$/i.test(speaker);
}
