// The shortest connection between two actors, through facts, posts and shortcut relationships.
MATCH (a {name: 'Hikmet Hajiyev'}), (b {name: 'Azerbaijan'})
MATCH path = shortestPath((a)-[*..4]-(b))
RETURN [n IN nodes(path) | coalesce(n.name, n.text, n.uri)] AS nodes,
       [r IN relationships(path) | type(r)] AS links;
