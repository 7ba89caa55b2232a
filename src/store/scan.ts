// The first pass over dataset.nq → a verdict: each line checked (the plain-line pattern, else n3), graphs kept together.
import { claimGraph, lineBatches, parseBatch, type DatasetSummary } from './dataset.js';
import { isBlankLine, plainLineGraph } from './nquads.js';

/** Tracks which graph the lines are in; a graph may not come back once another one started. */
class GraphOrder {
  private readonly seen = new Set<string>();
  private current: string | undefined;

  constructor(private readonly summary: DatasetSummary) {}

  /** One triple in `graph` (undefined: the default graph); `named` is false for a blank node graph name. */
  get graphs(): number {
    return this.seen.size;
  }

  triple(graph: string | undefined, named = true): void {
    if (graph === undefined) {
      this.summary.defaultGraphTriples++;
    } else if (graph !== this.current) {
      this.current = claimGraph(this.seen, graph, named);
    }
  }
}

/** One line that the plain-line pattern did not take: n3 reads it alone, or it is the file's error (with its line number). */
function slowLine(line: string, lineNumber: number, order: GraphOrder): void {
  const { quads, error } = parseBatch([line], lineNumber);
  if (error) throw error;
  for (const q of quads) order.triple(q.graph.termType === 'DefaultGraph' ? undefined : q.graph.value, q.graph.termType === 'NamedNode');
}

function checkLine(line: string, lineNumber: number, order: GraphOrder): void {
  const graph = plainLineGraph(line);
  if (graph !== false) order.triple(graph);
  else if (!isBlankLine(line)) slowLine(line, lineNumber, order);
}

/**
 * Reads the whole file once without keeping it: throws DatasetError (naming the line) for a syntax error, a graph whose
 * lines are not together or a blank node graph name, so that nothing is sent from a file that breaks anywhere.
 */
export async function checkDataset(file: string, summary: DatasetSummary): Promise<void> {
  const order = new GraphOrder(summary);
  for await (const { lines, firstLine } of lineBatches(file)) {
    for (let i = 0; i < lines.length; i++) checkLine(lines[i] ?? '', firstLine + i, order);
  }
  summary.namedGraphs = order.graphs;
}
