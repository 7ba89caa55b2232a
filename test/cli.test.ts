// The built CLI end to end: exit codes of DESIGN.md §6 and one-line messages naming the record, stage and cause.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from './helpers.js';
import { tempDir } from './temp-dir.js';

const cli = (...args: string[]) => spawnSync(process.execPath, [`${ROOT}dist/cli.js`, ...args], { encoding: 'utf8', cwd: ROOT });

describe('lodscribe CLI', () => {
  it('--help loads commander and nothing heavier (no RDF library, no Comunica): it stays quick', () => {
    // A preload that prints, at exit, every CommonJS module loaded (the RDF libraries and Comunica are CommonJS).
    const preload = join(tempDir('lodscribe-help-'), 'modules.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n");
    const r = spawnSync(process.execPath, ['--require', preload, `${ROOT}dist/cli.js`, '--help'], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: lodscribe');
    const packages = new Set((JSON.parse(r.stderr) as string[]).filter((m) => m.includes('node_modules')).map((m) => m.split('node_modules/')[1]!.split('/')[0]));
    expect([...packages]).toEqual(['commander']);
  });

  it('parse prints the outline of the example record', () => {
    const r = cli('parse', SEED);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Turns (66): Stalin 32, Mao Zedong 29, Molotov 2, Zhou Enlai 3');
    expect(r.stdout).toContain('side 2: Mao Zedong (principal), Zhou Enlai, Li Fuchun');
  });

  it('parse --format json prints the SourceRecord', () => {
    const r = cli('parse', SEED, '--format', 'json');
    expect(r.status).toBe(0);
    const record = JSON.parse(r.stdout) as { turns: { speaker: string }[]; date: { iso: string } };
    expect(record.turns).toHaveLength(66);
    expect(record.date.iso).toBe('1950-01-22');
  });

  it('a missing file exits 1 with one line naming the file, the stage and the cause', () => {
    const r = cli('parse', 'no/such/record.txt');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('no/such/record.txt: read: error read-failed: the file could not be read: ENOENT');
  });

  it('bad usage exits 2', () => {
    expect(cli('parse', SEED, '--format', 'xml').status).toBe(2);
    expect(cli('no-such-command').status).toBe(2);
  });

  it('--help exits 0 and lists the commands', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/run \[options\]|run \[inputs\.\.\.\]/);
  });
});
