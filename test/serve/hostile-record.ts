// A hand-written record page whose text carries HTML and script payloads (for the escaping tests, offline and in a browser).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOSTILE_ID = '001_hostile';
/** A record page in the Wilson Center layout with payloads in the title, turns, editorial notes, summary and rights. */
export const HOSTILE_PAGE = `January 22, 1950
Record of Talks <script>alert(1)</script> between Stalin and Mao Zedong "><img src=x onerror=alert(1)>
22 January 1950
Stalin: We should discuss <script>alert(1)</script> and "><img src=x onerror=alert(1)> with Zhou Enlai now.
Mao Zedong: Agreed [<b onmouseover=alert(1)>editors</b>] about Tibet and '><svg onload=alert(1)>.
Stalin: Good. The question of Dalny [Dairen; Dalian <script>alert(2)</script>] remains.
The meeting took one hour.
Stalin and Mao Zedong discuss <script>alert(1)</script> and Tibet "><img src=x onerror=alert(1)>.
Associated Places
Associated People & Organizations
Document Information
Original Archive
The program welcomes reuse <script>alert(3)</script> of these materials; some may be subject to copyright.
`;

/** Writes the hostile page into a fresh folder and returns its path (and a clean-up). */
export function hostileInput(): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lodscribe-hostile-'));
  const file = join(dir, `${HOSTILE_ID}.txt`);
  writeFileSync(file, HOSTILE_PAGE);
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
