// Messages the engine leaves empty or vague (sh:class, sh:or, sh:languageIn), spelled out from the shapes and the data.
import type { Term } from '../rdf/factory.js';
import { rdf, sh } from '../rdf/namespaces.js';
import type { Graph } from './graph.js';
import { listItems } from './paths.js';
import { localName, termText } from './report.js';
import type { Found } from './types.js';

const iris = (terms: Term[]): string => terms.map((t) => `<${t.value}>`).join(', ');

function classMessage(f: Found, shapes: Graph, data: Graph): string | undefined {
  const node = f.value ?? f.focusNode;
  const types = data.objects(node, rdf.type);
  const missing = shapes.objects(f.shape, sh.class).filter((c) => !types.some((t) => t.equals(c)));
  if (missing.length === 0) return undefined;
  return `<${node.value}> is not typed ${iris(missing)}${types.length ? ` (it is typed ${iris(types)})` : ' (it has no type)'}`;
}

function orMessage(f: Found, shapes: Graph): string | undefined {
  const alternatives = shapes.objects(f.shape, sh.or).flatMap((list) => listItems(shapes, list));
  const datatypes = alternatives.map((a) => shapes.objects(a, sh.datatype)[0]);
  if (datatypes.length === 0 || datatypes.some((d) => d === undefined)) return undefined;
  return `Value has none of the datatypes ${iris(datatypes as Term[])}`;
}

function languageMessage(f: Found, shapes: Graph): string | undefined {
  const tags = shapes.objects(f.shape, sh.languageIn).flatMap((list) => listItems(shapes, list));
  return tags.length ? `Value is not tagged with the language ${tags.map((t) => `"${t.value}"`).join(' or ')}` : undefined;
}

function describe(shape: Term, shapes: Graph): string {
  const cls = shapes.objects(shape, sh.class)[0];
  if (cls) return `typed <${cls.value}>`;
  const path = shapes.objects(shape, sh.path)[0];
  const value = shapes.objects(shape, sh.hasValue)[0];
  return path && value ? `with <${path.value}> ${termText(value)}` : `conforming to <${shape.value}>`;
}

function qualifiedMessage(f: Found, shapes: Graph, bound: 'at least' | 'at most'): string | undefined {
  const shape = shapes.objects(f.shape, sh.qualifiedValueShape)[0];
  const count = shapes.objects(f.shape, bound === 'at least' ? sh.qualifiedMinCount : sh.qualifiedMaxCount)[0];
  return shape && count ? `Expected ${bound} ${count.value} value(s) ${describe(shape, shapes)}` : undefined;
}

function inMessage(f: Found, shapes: Graph): string | undefined {
  const allowed = shapes.objects(f.shape, sh.in).flatMap((list) => listItems(shapes, list));
  return allowed.length ? `Value is not one of ${allowed.map(termText).join(', ')}` : undefined;
}

/** The engine's message when it says something, else one built from the shape (and, for sh:class, from the data). */
export function explain(f: Found, shapes: Graph, data: Graph): Found {
  const component = localName(f.component.value);
  let message: string | undefined;
  if (component === 'ClassConstraintComponent') message = classMessage(f, shapes, data);
  else if (component === 'OrConstraintComponent' && f.message === '') message = orMessage(f, shapes);
  else if (component === 'LanguageInConstraintComponent') message = languageMessage(f, shapes);
  else if (component === 'InConstraintComponent') message = inMessage(f, shapes);
  else if (component === 'QualifiedMinCountConstraintComponent') message = qualifiedMessage(f, shapes, 'at least');
  else if (component === 'QualifiedMaxCountConstraintComponent') message = qualifiedMessage(f, shapes, 'at most');
  if (message === undefined && f.message === '') message = `Value does not conform to ${localName(f.component.value)} of <${f.shape.value}>`;
  return message === undefined ? f : { ...f, message };
}
