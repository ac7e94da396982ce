// Counts the triples of an N-Triples or Turtle file with N3.js's streaming parser.
import fs from 'node:fs';
import { StreamParser } from 'n3';

const [file, format] = process.argv.slice(2);
const started = process.hrtime.bigint();
let count = 0;
const parser = new StreamParser({ format: format === 'turtle' ? 'text/turtle' : 'application/n-triples' });
fs.createReadStream(file).pipe(parser);
parser.on('data', () => { count++; });
parser.on('error', (e) => { console.error(e.message); process.exit(1); });
parser.on('end', () => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${count} ${seconds.toFixed(3)}`);
});
