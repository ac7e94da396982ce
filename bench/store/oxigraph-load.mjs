// Loads an N-Triples file into an in-memory Oxigraph store and prints triples/s and peak memory as JSON.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const oxigraph = require("oxigraph");
const file = process.argv[2];
const start = process.hrtime.bigint();
const text = readFileSync(file, "utf8");
const store = new oxigraph.Store();
store.load(text, { format: "application/n-triples" });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const size = store.size;
console.log(JSON.stringify({ tool: "oxigraph " + (require("oxigraph/package.json").version ?? ""), quads: size, seconds, rssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
