// HTML building with escaping by default: the one escapeHtml, an `html` template that escapes every value, safe hrefs.

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A fragment of markup that is already safe: built by `html` or `raw`, never from data directly. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map((v: HtmlValue) => render(v)).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/** A template whose every interpolated value is escaped, except Html fragments; arrays are joined. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? '';
  for (const [i, value] of values.entries()) out += render(value) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Markup written in this program's source (never data): marks a constant string as safe. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** Fragments joined with `separator` (escaped unless Html). */
export function join(parts: readonly HtmlValue[], separator: HtmlValue = ''): Html {
  return new Html(parts.map(render).join(render(separator)));
}

/** A URL fit for an href: a local absolute path, or an http(s) URL; anything else (javascript:, data:, …) is undefined. */
export function safeHref(url: string): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/** A link to `url` when it is safe, else the text alone; outside links get rel="external noopener noreferrer". */
export function link(url: string, text: HtmlValue, attributes: Readonly<Record<string, string>> = {}): Html {
  const href = safeHref(url);
  if (href === undefined) return html`${text}`;
  const rel = href.startsWith('/') ? {} : { rel: 'external noopener noreferrer' };
  const attrs = Object.entries({ ...attributes, ...rel }).map(([k, v]) => html` ${k}="${v}"`);
  return html`<a href="${href}"${attrs}>${text}</a>`;
}
