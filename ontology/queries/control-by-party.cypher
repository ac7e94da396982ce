// Which places a party controls, according to whom, and when.
MATCH (c:ControlStatement)-[:PARTY]->(party),
      (c)-[:PLACE]->(place),
      (c)-[:STATUS]->(status),
      (c)-[:ACCORDING_TO]->(source),
      (c)-[:EVIDENCE]->(e)
RETURN party.name AS party, status.prefLabel AS status, place.name AS place,
       coalesce(source.name, 'the article') AS accordingTo,
       c.timeExpression AS time, c.normalizedTime AS normalizedTime, c.confidence AS confidence, e.anchorOf AS evidence
ORDER BY party, place, status;
