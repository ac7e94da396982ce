// Who holds which role, of which organisation.
MATCH (m:Membership)-[:MEMBER]->(p:Person),
      (m)-[:ROLE]->(r),
      (m)-[:EVIDENCE]->(e)
OPTIONAL MATCH (m)-[:ORGANIZATION]->(o)
RETURN p.name AS person, r.prefLabel AS role, m.roleText AS roleText, o.name AS organization, e.anchorOf AS evidence
ORDER BY person, role;
