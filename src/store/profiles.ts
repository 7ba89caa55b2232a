// Store profiles: where each triple store keeps its query, update and Graph Store endpoints, and how to talk to it.
import type { Literal } from '../rdf/factory.js';
import { NS } from '../rdf/namespaces.js';

export const PROFILE_NAMES = ['virtuoso', 'fuseki', 'graphdb', 'oxigraph', 'generic'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];
/**
 * How graphs are written (`--method`); only reported: `gsp-staged` (a big graph POSTed in pieces to its staging
 * graph, MOVEd) and `load` (a new graph LOADed from a file, `--load-dir`).
 */
export type WriteMethod = 'gsp' | 'update' | 'gsp-staged' | 'load';

export interface StoreUrls {
  query: URL;
  update: URL;
  /** The SPARQL 1.1 Graph Store HTTP Protocol service (`?graph=<iri>` is appended), when the store has one. */
  graphStore?: URL;
}

export interface StoreProfile {
  readonly name: ProfileName;
  /** Triples per INSERT DATA request. */
  readonly chunkSize: number;
  /** Content-Type of a Graph Store PUT body (N-Triples text; subject-grouped Turtle when `text/turtle`). */
  readonly gspContentType: 'application/n-triples' | 'text/turtle';
  /**
   * Triples per Graph Store request: a larger graph is POSTed in pieces of this size to its staging graph, counted
   * and MOVEd onto the target (undefined: always one PUT).
   */
  readonly gspChunk?: number;
  /** Graphs written at the same time by the Graph Store path (the next ones are read and prepared meanwhile). */
  readonly writers: number;
  /** How updates are posted: form-encoded `update=` or a direct `application/sparql-update` body. */
  readonly updateVia: 'form' | 'direct';
  /** The endpoints, from the --endpoint URL and an optional --graph-store URL. */
  urls(endpoint: URL, graphStore?: URL): StoreUrls;
  /** Whether a failed request means "too large: split it" (413 everywhere; some stores answer otherwise). */
  tooLarge(status: number, body: string): boolean;
  /** Literals this store cannot take inside INSERT DATA (they are written with INSERT … WHERE { BIND(STRDT…) }). */
  needsBind(literal: Literal): boolean;
}

const XSD = NS.xsd;
/** Datatypes Virtuoso 7.2 rejects inside INSERT DATA ("No column PT2HD", "Cannot convert T15:00:00 to time"). */
const VIRTUOSO_BIND: ReadonlySet<string> = new Set(['duration', 'dayTimeDuration', 'yearMonthDuration', 'time'].map((t) => XSD + t));
const withPath = (base: URL, path: string): URL => new URL(path, base);
const trimmed = (u: URL): string => u.pathname.replace(/\/+$/, '');
const is413 = (status: number): boolean => status === 413;

/** Virtuoso 7: /sparql (or /sparql-auth, Digest) for query and update, /sparql-graph-crud(-auth) for the Graph Store. */
const virtuoso: StoreProfile = {
  name: 'virtuoso',
  chunkSize: 500,
  gspContentType: 'text/turtle',
  // One PUT of 200,000 triples cost Virtuoso 7.2 two to four times the CPU of the same triples POSTed in pieces of
  // 10,000 and MOVEd (and one PUT of a million did not finish in five minutes, holding its locks).
  gspChunk: 10_000,
  // Four PUTs in flight cost Virtuoso 7.2 20-50 % more CPU per triple than one (lock waits; its log says "Locks are
  // held for a long time", and now and then one is retried after "Transaction deadlocked"), but on two otherwise
  // idle cores gave 1.3-1.4 times the triples per second; on busy cores they gave as much as one.
  writers: 4,
  updateVia: 'form',
  urls(endpoint, graphStore) {
    const path = trimmed(endpoint);
    const crud = /\/sparql-auth$/.test(path) ? path.replace(/-auth$/, '-graph-crud-auth') : /\/sparql$/.test(path) ? `${path}-graph-crud` : undefined;
    const derived = crud === undefined ? undefined : withPath(endpoint, crud);
    return { query: endpoint, update: endpoint, ...((graphStore ?? derived) ? { graphStore: graphStore ?? derived } : {}) };
  },
  // Virtuoso answers an over-long INSERT DATA with 400 SP031 ("generated SQL text has exceeded …") or SP030 (memory).
  tooLarge: (status, body) => is413(status) || (status === 400 && /\bSP03[01]\b|exceeded|memory exhausted/i.test(body)),
  needsBind: (l) => l.language === '' && VIRTUOSO_BIND.has(l.datatype.value),
};

/** Apache Jena Fuseki: <dataset>/sparql (or /query), <dataset>/update, <dataset>/data. */
const fuseki: StoreProfile = {
  name: 'fuseki',
  writers: 2,
  chunkSize: 10_000,
  gspContentType: 'application/n-triples',
  updateVia: 'direct',
  urls(endpoint, graphStore) {
    const dataset = trimmed(endpoint).replace(/\/(sparql|query|update|data|get)$/, '');
    const query = /\/(sparql|query)$/.test(trimmed(endpoint)) ? endpoint : withPath(endpoint, `${dataset}/sparql`);
    return { query, update: withPath(endpoint, `${dataset}/update`), graphStore: graphStore ?? withPath(endpoint, `${dataset}/data`) };
  },
  tooLarge: is413,
  needsBind: () => false,
};

/** Ontotext GraphDB: /repositories/<id> for queries, …/statements for updates, …/rdf-graphs/service for the Graph Store. */
const graphdb: StoreProfile = {
  name: 'graphdb',
  writers: 2,
  chunkSize: 10_000,
  gspContentType: 'application/n-triples',
  updateVia: 'form',
  urls(endpoint, graphStore) {
    const repo = trimmed(endpoint).replace(/\/(statements|rdf-graphs\/service)$/, '');
    const query = withPath(endpoint, repo);
    return { query, update: withPath(endpoint, `${repo}/statements`), graphStore: graphStore ?? withPath(endpoint, `${repo}/rdf-graphs/service`) };
  },
  tooLarge: is413,
  needsBind: () => false,
};

/** Oxigraph server: /query, /update, /store. */
const oxigraph: StoreProfile = {
  name: 'oxigraph',
  writers: 2,
  chunkSize: 10_000,
  gspContentType: 'application/n-triples',
  updateVia: 'direct',
  urls(endpoint, graphStore) {
    const root = trimmed(endpoint).replace(/\/(query|update|store)$/, '');
    return { query: withPath(endpoint, `${root}/query`), update: withPath(endpoint, `${root}/update`), graphStore: graphStore ?? withPath(endpoint, `${root}/store`) };
  },
  tooLarge: is413,
  needsBind: () => false,
};

/** Any SPARQL 1.1 store: one endpoint for query and update; the Graph Store only when --graph-store names it. */
const generic: StoreProfile = {
  name: 'generic',
  writers: 2,
  chunkSize: 1_000,
  gspContentType: 'application/n-triples',
  updateVia: 'form',
  urls: (endpoint, graphStore) => ({ query: endpoint, update: endpoint, ...(graphStore ? { graphStore } : {}) }),
  tooLarge: is413,
  needsBind: () => false,
};

export const PROFILES: Readonly<Record<ProfileName, StoreProfile>> = { virtuoso, fuseki, graphdb, oxigraph, generic };

export function isProfileName(name: string): name is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(name);
}
