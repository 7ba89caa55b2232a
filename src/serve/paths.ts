// IRIs under the base ↔ local paths (`<base>person/x` ↔ `/person/x`) and the document URLs that describe them.

/** The formats a resource is described in, by the extension of its document URL. */
export const DOC_FORMATS = ['ttl', 'jsonld', 'nt', 'html'] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];

export const MEDIA_TYPES: Readonly<Record<DocFormat, string>> = {
  ttl: 'text/turtle',
  jsonld: 'application/ld+json',
  nt: 'application/n-triples',
  html: 'text/html',
};

/** The prefix of every document URL: `/doc/person/x.ttl` describes `<base>person/x`. */
export const DOC_PREFIX = '/doc/';

const UNRESERVED = /^[A-Za-z0-9._~-]$/;

/** RFC 3986 normalisation of a path: percent-encoded unreserved characters decoded, hex digits upper-cased. */
export function normalizePath(path: string): string {
  return path.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(c) ? c : `%${hex.toUpperCase()}`;
  });
}

/** The URI form of an IRI's text: every non-ASCII character percent-encoded (UTF-8), as a request line carries it. */
export function toUriForm(iri: string): string {
  let out = '';
  for (const ch of iri) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return normalizePath(out);
}

/** Maps the IRIs under one base (ending in "/") to local paths and back. */
export class PathMap {
  private readonly byPath = new Map<string, string>();

  constructor(readonly base: string) {
    if (!/^https?:\/\/[^/?#]+(?:\/[^?#]*)?\/$/.test(base)) {
      throw new RangeError(`serve needs an http(s) base IRI ending in "/" (slash IRIs), not ${JSON.stringify(base)}`);
    }
  }

  /** Registers an IRI that the server can describe (ignored unless it lies under the base). */
  add(iri: string): void {
    const path = this.localPath(iri);
    if (path !== undefined) this.byPath.set(path, iri);
  }

  /** `/person/x` for `<base>person/x`; undefined for an IRI outside the base (or with a query or fragment). */
  localPath(iri: string): string | undefined {
    if (!iri.startsWith(this.base) || iri.length === this.base.length || /[?#]/.test(iri)) return undefined;
    return `/${toUriForm(iri.slice(this.base.length))}`;
  }

  /** The IRI a request path names, when it is one the server knows. */
  iriOf(path: string): string | undefined {
    return this.byPath.get(normalizePath(path));
  }

  /** The document URL describing `iri` in `format`: `/doc/person/x.ttl` (undefined outside the base). */
  docPath(iri: string, format?: DocFormat): string | undefined {
    const path = this.localPath(iri);
    return path === undefined ? undefined : `${DOC_PREFIX}${path.slice(1)}${format ? `.${format}` : ''}`;
  }

  /** A link target for `iri`: its local path when it is under the base, else the IRI itself. */
  href(iri: string): string {
    return this.localPath(iri) ?? iri;
  }

  /** Reads a document path: the resource and its format (from the extension, else undefined for negotiation). */
  readDocPath(path: string): { iri: string; format: DocFormat | undefined } | undefined {
    if (!path.startsWith(DOC_PREFIX)) return undefined;
    const rest = `/${path.slice(DOC_PREFIX.length)}`;
    const dot = rest.lastIndexOf('.');
    const ext = dot > rest.lastIndexOf('/') ? rest.slice(dot + 1) : '';
    const format = (DOC_FORMATS as readonly string[]).includes(ext) ? (ext as DocFormat) : undefined;
    const stripped = format ? this.iriOf(rest.slice(0, dot)) : undefined;
    if (stripped !== undefined) return { iri: stripped, format };
    const whole = this.iriOf(rest);
    return whole === undefined ? undefined : { iri: whole, format: undefined };
  }
}
