// Store profiles: endpoints derived from --endpoint, write method choice, chunk sizes, Virtuoso's workarounds.
import { describe, expect, it } from 'vitest';
import { literal, namedNode } from '../../src/rdf/factory.js';
import { PublishUsageError, resolveTarget } from '../../src/stages/store.js';
import { PROFILES } from '../../src/store/profiles.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const urls = (profile: string, endpoint: string, graphStore?: string) => {
  const t = resolveTarget({ endpoint, profile: profile as 'generic', ...(graphStore ? { graphStore } : {}) });
  return { query: t.urls.query.href, update: t.urls.update.href, gsp: t.urls.graphStore?.href, method: t.method };
};

describe('profiles', () => {
  it('virtuoso: /sparql and /sparql-graph-crud, or the -auth pair behind Digest', () => {
    expect(urls('virtuoso', 'http://h:8890/sparql')).toEqual({ query: 'http://h:8890/sparql', update: 'http://h:8890/sparql', gsp: 'http://h:8890/sparql-graph-crud', method: 'gsp' });
    expect(urls('virtuoso', 'http://h:8890/sparql-auth').gsp).toBe('http://h:8890/sparql-graph-crud-auth');
  });

  it('fuseki: <dataset>/sparql, /update, /data', () => {
    expect(urls('fuseki', 'http://h:3030/ds/sparql')).toEqual({ query: 'http://h:3030/ds/sparql', update: 'http://h:3030/ds/update', gsp: 'http://h:3030/ds/data', method: 'gsp' });
    expect(urls('fuseki', 'http://h:3030/ds').query).toBe('http://h:3030/ds/sparql');
  });

  it('graphdb: the repository, its /statements and /rdf-graphs/service', () => {
    expect(urls('graphdb', 'http://h:7200/repositories/lod')).toEqual({ query: 'http://h:7200/repositories/lod', update: 'http://h:7200/repositories/lod/statements', gsp: 'http://h:7200/repositories/lod/rdf-graphs/service', method: 'gsp' });
  });

  it('oxigraph: /query, /update, /store', () => {
    expect(urls('oxigraph', 'http://h:7878/query')).toEqual({ query: 'http://h:7878/query', update: 'http://h:7878/update', gsp: 'http://h:7878/store', method: 'gsp' });
    expect(urls('oxigraph', 'http://h:7878').update).toBe('http://h:7878/update');
  });

  it('generic: one endpoint, Update unless a Graph Store is given', () => {
    expect(urls('generic', 'http://h/sparql')).toEqual({ query: 'http://h/sparql', update: 'http://h/sparql', gsp: undefined, method: 'update' });
    expect(urls('generic', 'http://h/sparql', 'http://h/gsp')).toMatchObject({ gsp: 'http://h/gsp', method: 'gsp' });
  });

  it('chunks INSERT DATA below Virtuoso\'s limit of about 1,000 triples', () => {
    expect(PROFILES.virtuoso.chunkSize).toBeLessThan(1000);
    expect(PROFILES.generic.chunkSize).toBe(1000);
  });

  it('virtuoso writes durations and times with BIND(STRDT(…)); the others take every literal in INSERT DATA', () => {
    expect(PROFILES.virtuoso.needsBind(literal('PT2H', namedNode(`${XSD}duration`)))).toBe(true);
    expect(PROFILES.virtuoso.needsBind(literal('15:00:00', namedNode(`${XSD}time`)))).toBe(true);
    expect(PROFILES.virtuoso.needsBind(literal('1950-01-22', namedNode(`${XSD}date`)))).toBe(false);
    expect(PROFILES.fuseki.needsBind(literal('PT2H', namedNode(`${XSD}duration`)))).toBe(false);
  });

  it('refuses bad options as usage errors, never echoing credentials in a URL', () => {
    expect(() => resolveTarget({ endpoint: '' })).toThrow(PublishUsageError);
    expect(() => resolveTarget({ endpoint: 'http://h/sparql', profile: 'blazegraph' as 'generic' })).toThrow(/unknown store profile/);
    expect(() => resolveTarget({ endpoint: 'ftp://h/sparql' })).toThrow(/http/);
    expect(() => resolveTarget({ endpoint: 'http://h/sparql', method: 'gsp' })).toThrow(/--graph-store/);
    try {
      resolveTarget({ endpoint: 'http://admin:s3cr3t-pw@h/sparql' });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toMatch(/holds credentials/);
      expect((e as Error).message).not.toContain('s3cr3t-pw');
    }
  });
});
