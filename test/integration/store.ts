// The Virtuoso the integration tests publish to (scripts/virtuoso.sh): its addresses, and a check that it answers at all.
export const ENDPOINT = process.env.LODSCRIBE_VIRTUOSO_ENDPOINT ?? '';
export const AUTH_ENDPOINT = process.env.LODSCRIBE_VIRTUOSO_AUTH_ENDPOINT ?? '';
export const AUTH_FILE = process.env.LODSCRIBE_VIRTUOSO_AUTH_FILE ?? '';
export const LOAD_DIR = process.env.LODSCRIBE_VIRTUOSO_LOAD_DIR ?? '';

const START = 'run `set -a; eval "$(scripts/virtuoso.sh start)"; set +a` first (.ci/integration does)';

/**
 * Fails at once, saying why, when the store is not configured or does not answer an ASK: otherwise every publish in
 * the file would go through its retries against a dead port and fail later with a less direct message.
 */
export async function expectVirtuosoAnswers(): Promise<void> {
  if (!ENDPOINT || !AUTH_ENDPOINT || !AUTH_FILE) throw new Error(`no Virtuoso: ${START}`);
  const url = new URL(ENDPOINT);
  url.searchParams.set('query', 'ASK {}');
  let status: string;
  try {
    const res = await fetch(url, { headers: { accept: 'application/sparql-results+json' }, signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    if (res.ok) return;
    status = `HTTP ${res.status}`;
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    status = cause ?? (e instanceof Error ? e.message : String(e));
  }
  throw new Error(`Virtuoso at ${ENDPOINT} does not answer an ASK (${status}): has it stopped? ${START}`);
}
