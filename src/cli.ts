#!/usr/bin/env node
// The lodscribe command line: a thin shell that resolves arguments, calls the library, renders, sets the exit code.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { EXIT, exitCode, type Outcome } from './exit.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const program = new Command('lodscribe')
  .description('Publish archival records as Linked Open Data (CIDOC-CRM, Schema.org, Wikidata links).')
  .version(version)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

/** `--log-format`, for the commands that report progress on stderr (run, publish). */
const logFormatOption = (): Option =>
  new Option('--log-format <format>', 'progress on stderr: a bar on a terminal (text) or JSON events, one per line (json)').choices(['text', 'json']).default('text');

program
  .command('run')
  .description('run the whole pipeline on record files or folders (default: the bundled example records)')
  .argument('[inputs...]', 'record files (*.txt) or folders holding them')
  .option('--out <dir>', 'output folder (replaced as a whole)', 'output')
  .option('--base <iri>', 'base IRI of everything minted', 'https://w3id.org/lodscribe/')
  .option('--authority <file>', 'the authority file (Turtle)')
  .option('--shapes <dir>', 'the SHACL shapes folder')
  .option('--license <iri>', 'licence of the published data, stated in the dataset description')
  .option('--online', "reconcile names the authority file lacks with Wikidata's API (needs --contact)")
  .option('--contact <email-or-url>', 'who Wikidata can contact about the requests (goes into the User-Agent)', process.env['LODSCRIBE_CONTACT'])
  .option('--review <file>', 'review file (CSV): its decisions are replayed, undecided candidates are written to it')
  .option('--cache <file>', 'cache of earlier Wikidata answers (JSON)')
  .option('--jobs <n>', 'worker threads processing records in parallel (default: the number of CPUs)', positiveInteger)
  .option('--cache-dir <dir>', "where each record's outputs are kept between runs (default: .lodscribe-cache/<out name> beside --out)")
  .option('--fresh', 'redo every record, even those whose cached outputs are up to date')
  .addOption(logFormatOption())
  .action(async (inputs: string[], opts: Omit<import('./commands/run.js').RunCommandOptions, 'inputs'>) => {
    const { runCommand } = await import('./commands/run.js');
    finish(await runCommand({ ...opts, inputs }));
  });

program
  .command('parse')
  .description('parse one record page and print it as JSON or as a readable outline')
  .argument('<file>', 'the record file (*.txt); a <name>.json sidecar beside it is read too')
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'outline']).default('outline'))
  .action(async (file: string, opts: { format: 'json' | 'outline' }) => {
    const { parseCommand } = await import('./commands/parse.js');
    finish(parseCommand(file, opts.format));
  });

program
  .command('link')
  .description('find the people, places, groups, agreements and events each record names, and link them')
  .argument('[inputs...]', 'record files (*.txt) or folders holding them (default: the bundled example records)')
  .option('--base <iri>', 'base IRI of minted entities', 'https://w3id.org/lodscribe/')
  .option('--authority <file>', 'the authority file (Turtle)')
  .option('--online', "reconcile names the authority file lacks with Wikidata's API (needs --contact)")
  .option('--contact <email-or-url>', 'who Wikidata can contact about the requests (goes into the User-Agent)', process.env['LODSCRIBE_CONTACT'])
  .option('--review <file>', 'review file (CSV): its decisions are replayed, undecided candidates are written to it')
  .option('--cache <file>', 'cache of earlier Wikidata answers (JSON)')
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
  .action(async (inputs: string[], opts: LinkOptions & { format: 'table' | 'json' }) => {
    const { linkCommand } = await import('./commands/link.js');
    finish(await linkCommand(inputs, opts));
  });

program
  .command('query')
  .description('answer SPARQL over the output (or other sources) through Comunica')
  .argument('<query>', 'SPARQL text or a .rq file (see queries/)')
  .option('--source <source...>', 'RDF file, output folder, URL of an RDF document, or sparql@<endpoint> (default: output/)', [])
  .addOption(new Option('--format <format>', 'result format; json, csv and tsv are written as the rows arrive').choices(['table', 'json', 'csv', 'tsv']).default('table'))
  .option('--timeout <ms>', 'stop the query after this many milliseconds (it then runs in a worker thread)')
  .action(async (query: string, opts: import('./commands/query.js').QueryCommandOptions) => {
    const { queryCommand, sinkOf } = await import('./commands/query.js');
    finish(await queryCommand(query, opts, sinkOf(process.stdout)));
  });

program
  .command('validate')
  .description('validate RDF files (Turtle, TriG, N-Triples, N-Quads) against the SHACL shapes')
  .argument('<files...>', 'RDF files or folders holding them')
  .option('--shapes <dir>', 'the SHACL shapes folder')
  .option('--deadline <ms>', 'per-file validation deadline in milliseconds', (v) => Number(v))
  .action(async (files: string[], opts: { shapes?: string; deadline?: number }) => {
    const { validateCommand } = await import('./commands/validate.js');
    finish(validateCommand(files, { ...(opts.shapes ? { shapesDir: opts.shapes } : {}), ...(opts.deadline ? { deadlineMs: opts.deadline } : {}) }));
  });

program
  .command('publish')
  .description("publish an output folder's dataset.nq to a triple store (Graph Store Protocol or SPARQL Update)")
  .argument('[output-dir]', 'folder holding dataset.nq', 'output')
  .option('--endpoint <sparql-url>', "the store's SPARQL endpoint")
  .option('--graph-store <gsp-url>', 'its Graph Store Protocol endpoint (default: from the profile)')
  .addOption(new Option('--profile <name>', 'store profile').choices(['virtuoso', 'fuseki', 'graphdb', 'oxigraph', 'generic']).default('generic'))
  .addOption(new Option('--method <method>', 'force a write method').choices(['gsp', 'update']))
  .option('--dry-run', 'compare only: new / changed / unchanged per graph')
  .option('--changed-only', 'write only new or changed graphs')
  .option('--load-dir <dir>', 'Virtuoso on this machine: write new graphs as N-Quads files in <dir> (in its DirsAllowed) for it to LOAD')
  .option('--auth-file <file>', 'JSON credentials file, mode 600 (else LODSCRIBE_STORE_USER/PASSWORD/TOKEN)')
  .addOption(logFormatOption())
  .action(async (outDir: string, opts: import('./commands/publish.js').PublishCommandOptions) => {
    const { publishCommand } = await import('./commands/publish.js');
    finish(await publishCommand(outDir, opts));
  });

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

program
  .command('serve')
  .description('serve an output folder: a read-only SPARQL endpoint, dereferenceable IRIs with content negotiation, HTML pages')
  .argument('[output-dir]', 'the output folder (its dataset.nq and void.ttl)', 'output')
  .option('--port <n>', 'port to listen on (0: any free port)', '8080')
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .option('--base <iri>', "base IRI whose IRIs are served (default: void.ttl's void:uriSpace)")
  .option('--allow-service <host...>', 'hosts a query may call with SERVICE (host or host:port)', [])
  .option('--timeout <ms>', 'query time limit in milliseconds', '10000')
  .option('--max-rows <n>', 'most solutions or triples a result may have', '10000')
  .option('--max-bytes <n>', 'most bytes a written result may have', '16777216')
  .option('--workers <n>', 'worker threads answering queries and pages, each with its own copy of the dataset', '2')
  .action(async (outDir: string, opts: import('./commands/serve.js').ServeCommandOptions) => {
    const { serveCommand, ServeError } = await import('./commands/serve.js');
    try {
      await serveCommand(outDir, { ...opts, log: (l: string) => process.stderr.write(`${l}\n`) });
    } catch (e) {
      if (e instanceof ServeError) finish(e.rendered);
      else throw e;
    }
  });

interface LinkOptions { base: string; authority?: string; online?: boolean; contact?: string; review?: string; cache?: string }

/** Prints what a command rendered and sets the exit code; only this file writes to stdout or sets the code. */
function finish(result: { stdout: string; stderr: string; outcome: Outcome }): void {
  if (result.stdout) process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
  if (result.stderr) process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
  process.exitCode = exitCode(result.outcome);
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.stderr.write(`lodscribe: crash: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = EXIT.crash;
  }
}
