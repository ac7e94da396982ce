// Reference side of the differential test: loads an N-Quads file into an in-memory Oxigraph store, runs every
// query of a JSON array and writes one JSON array of answers: {"results": <SPARQL-JSON>} or {"error": "..."}.
// Usage: node run-queries.mjs DATA.nq QUERIES.json OUT.json
import { readFileSync, writeFileSync } from 'node:fs';
import oxigraph from 'oxigraph';

const [dataPath, queriesPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error('usage: node run-queries.mjs DATA.nq QUERIES.json OUT.json');
  process.exit(2);
}

const store = new oxigraph.Store();
store.load(readFileSync(dataPath, 'utf8'), { format: 'application/n-quads' });
const queries = JSON.parse(readFileSync(queriesPath, 'utf8'));
const answers = queries.map((q) => {
  try {
    return { results: JSON.parse(store.query(q, { results_format: 'application/sparql-results+json' })) };
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  }
});
writeFileSync(outPath, JSON.stringify(answers));
