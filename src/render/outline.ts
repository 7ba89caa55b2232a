// Renders a SourceRecord as a readable outline for a person: front matter, participants, turns, editorial layer.
import { formatFinding } from '../findings.js';
import type { SourceRecord, Turn } from '../record.js';

const WIDTH = 100;

export function outline(r: SourceRecord): string {
  const lines: string[] = [];
  lines.push(`Record ${r.id} (${r.type}) from ${r.file}`);
  lines.push(`  Title:    ${r.title?.text ?? '(none)'}`);
  lines.push(`  Date:     ${r.date ? `${r.date.iso} ("${r.date.text}")` : '(none)'}`);
  if (r.heading?.place) lines.push(`  Place:    ${r.heading.place} (from the dated heading)`);
  if (r.sponsor) lines.push(`  Sponsor:  ${r.sponsor.text}`);
  if (r.duration) lines.push(`  Duration: ${r.duration.iso} ("${r.duration.text}")`);
  lines.push(...participantLines(r), ...turnLines(r), ...editorialLines(r));
  const otherSegments = r.segments.filter((s) => s.kind !== 'turn');
  if (otherSegments.length) lines.push(`  Other paragraphs (${otherSegments.length}):`, ...otherSegments.map((s) => `    ${s.kind}: ${clip(s.text)}`));
  if (r.summary) lines.push(`  Summary:  ${clip(r.summary.text)}`);
  for (const [k, v] of Object.entries(r.metadata)) lines.push(`  ${k}: ${clip(v.replace(/\n/g, '; '))}`);
  if (r.rights.length) lines.push(`  Rights:   ${r.rights.length} paragraph(s)`);
  lines.push(`  Source:   ${r.source.length} code points, sha256 ${r.source.sha256}`);
  lines.push(`  Findings (${r.findings.length}):`, ...r.findings.map((f) => `    ${formatFinding(f)}`));
  return lines.join('\n');
}

function participantLines(r: SourceRecord): string[] {
  if (r.participants.length === 0) return [];
  const bySide = new Map<string, string[]>();
  for (const p of r.participants) {
    const key = p.side ? `side ${p.side}` : 'no side stated';
    const extra = [p.role === 'principal' ? 'principal' : '', p.gloss ? `[${p.gloss}]` : '', p.pseudonym ? `/${p.pseudonym}/` : '']
      .filter(Boolean).join(' ');
    bySide.set(key, [...(bySide.get(key) ?? []), extra ? `${p.name} (${extra})` : p.name]);
  }
  return [`  Participants (${r.participants.length}):`, ...[...bySide].map(([k, v]) => `    ${k}: ${v.join(', ')}`)];
}

function turnLines(r: SourceRecord): string[] {
  if (r.turns.length === 0) return ['  Turns: none'];
  const counts = new Map<string, number>();
  for (const t of r.turns) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
  const summary = [...counts].map(([s, n]) => `${s} ${n}`).join(', ');
  return [`  Turns (${r.turns.length}): ${summary}`, ...r.turns.map((t) => turnLine(r, t))];
}

function turnLine(r: SourceRecord, t: Turn): string {
  const more = t.paragraphs.length > 1 ? ` (+${t.paragraphs.length - 1} paragraph${t.paragraphs.length > 2 ? 's' : ''})` : '';
  const asides = r.asides.filter((a) => a.turn === t.n).map((a) => ` [aside: ${a.text}]`).join('');
  const label = t.label === t.speaker ? t.speaker : `${t.speaker} ("${t.label}")`;
  return `    ${String(t.n).padStart(3)} ${label}: ${clip(t.plainText, WIDTH - 20)}${more}${asides}`;
}

function editorialLines(r: SourceRecord): string[] {
  if (r.editorial.length === 0) return [];
  return [`  Editorial layer (${r.editorial.length}):`, ...r.editorial.map((e) => `    ${e.kind}: ${e.text}${e.target ? ` → ${e.target.text}` : ''}`)];
}

function clip(text: string, width = WIDTH): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}
