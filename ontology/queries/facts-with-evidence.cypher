// Every fact with its evidence span and sentence.
MATCH (f)-[:EVIDENCE]->(span)
WHERE f:Quotation OR f:ControlStatement OR f:Membership
OPTIONAL MATCH (span)-[:SENTENCE]->(s)
RETURN labels(f) AS kind, f.uri AS fact, span.beginIndex AS begin, span.endIndex AS end,
       span.anchorOf AS evidence, s.anchorOf AS sentence
ORDER BY begin, end, fact;
