// Who said what about a place (property-graph view, see docs/property-graph.md).
MATCH (q:Quotation)-[:SPOKEN_BY_CHARACTER]->(s),
      (q)-[:MENTIONS]->(p:Place),
      (q)-[:QUOTE_TYPE]->(t)
OPTIONAL MATCH (q)-[:RECIPIENT]->(r)
RETURN s.name AS speaker, q.cueText AS cue, r.name AS recipient, p.name AS place, t.prefLabel AS quoteType, q.text AS text
ORDER BY place, speaker, text;
