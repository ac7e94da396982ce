// Oxigraph side of bench/sparql/run.sh: loads an N-Triples file into an in-memory store, runs every query file
// once cold and N times warm, reading every row, and prints "name rows cold_ms warm_median_ms" per query.
// Usage: node oxigraph-queries.mjs DATA.nt WARM QUERY.rq...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import oxigraph from 'oxigraph';

const [data, warmText, ...files] = process.argv.slice(2);
const store = new oxigraph.Store();
const t0 = performance.now();
store.load(readFileSync(data, 'utf8'), { format: 'application/n-triples' });
console.log(`# loaded ${store.size} quads in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

function execute(q) {
  const r = store.query(q);
  if (!Array.isArray(r)) return 1;
  let n = 0;
  for (const row of r) {
    for (const v of row.values()) void v.value;
    n++;
  }
  return n;
}

for (const file of files) {
  const q = readFileSync(file, 'utf8');
  let t = performance.now();
  const rows = execute(q);
  const cold = performance.now() - t;
  const warm = [];
  for (let i = 0; i < Number(warmText); i++) {
    t = performance.now();
    execute(q);
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  console.log(`${basename(file, '.rq')} ${rows} ${cold.toFixed(2)} ${warm[Math.floor(warm.length / 2)].toFixed(2)}`);
}
