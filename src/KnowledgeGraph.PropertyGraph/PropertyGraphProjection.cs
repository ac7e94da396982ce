using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.PropertyGraph;

/// <summary>
/// Projects RDF quads onto a property graph, as neosemantics would with <c>handleVocabUris: IGNORE</c>,
/// <c>applyNeo4jNaming: true</c>, <c>handleMultival: ARRAY</c> and <c>handleRDFTypes: LABELS</c>, plus graph
/// membership as a property (see docs/property-graph.md). The result does not depend on the order of the quads.
/// </summary>
public sealed class PropertyGraphProjection
{
    private readonly ProjectionOptions _options;

    public PropertyGraphProjection(ProjectionOptions? options = null) => _options = options ?? ProjectionOptions.Default;

    /// <summary>Reads all quads and builds the graph in memory.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ProjectedGraph Project(IEnumerable<Quad> quads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var nodes = new Dictionary<string, NodeBuilder>(StringComparer.Ordinal);
        var relationships = new HashSet<PgRelationship>();
        var keyTypes = new Dictionary<string, PropertyType>(StringComparer.Ordinal);
        var predicateNames = new Dictionary<Term, string>();
        long skipped = 0;
        long n = 0;
        foreach (var quad in quads)
        {
            if ((++n & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (quad.Subject is TripleTerm || quad.Obj is TripleTerm || quad.Predicate is not Iri predicate)
            {
                skipped++;
                continue;
            }

            string? graph = quad.Graph is DefaultGraph ? null : KeyOf(quad.Graph);
            var subject = Node(nodes, KeyOf(quad.Subject));
            subject.NoteGraph(graph);
            if (predicate.Equals(RdfVocabulary.Type) && quad.Obj is Iri type)
            {
                subject.Labels.Add(Neo4jNaming.Label(type.Value));
            }
            else if (quad.Obj is Literal literal)
            {
                string key = PropertyKeyOf(predicateNames, predicate);
                var (itemType, _) = LiteralConversion.Classify(literal);
                keyTypes[key] = keyTypes.TryGetValue(key, out var known) ? LiteralConversion.Unify(known, itemType) : itemType;
                subject.Add(key, literal);
            }
            else
            {
                string end = KeyOf(quad.Obj);
                Node(nodes, end);
                relationships.Add(new PgRelationship(subject.Uri, Neo4jNaming.RelationshipType(predicate.Value), end, graph));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Build(nodes, relationships, keyTypes, skipped, cancellationToken);
    }

    private ProjectedGraph Build(
        Dictionary<string, NodeBuilder> nodes,
        HashSet<PgRelationship> relationships,
        Dictionary<string, PropertyType> keyTypes,
        long skipped,
        CancellationToken cancellationToken)
    {
        // Convert each node's literals to the key's unified type, dropping values that became equal.
        var converted = new Dictionary<string, List<(string Key, List<object> Items)>>(StringComparer.Ordinal);
        var arrayKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes.Values)
        {
            var list = new List<(string, List<object>)>(node.Values.Count);
            foreach (var (key, literals) in node.Values)
            {
                var type = keyTypes[key];
                var items = literals.Select(l => LiteralConversion.Convert(l, type)).Distinct().ToList();
                items.Sort(LiteralConversion.CompareItems);
                if (items.Count > 1)
                {
                    arrayKeys.Add(key);
                }

                list.Add((key, items));
            }

            converted[node.Uri] = list;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var schema = keyTypes.ToDictionary(kv => kv.Key, kv => new PropertySchema(kv.Value, arrayKeys.Contains(kv.Key)), StringComparer.Ordinal);
        var result = new List<PgNode>(nodes.Count);
        foreach (var node in nodes.Values.OrderBy(x => x.Uri, StringComparer.Ordinal))
        {
            var properties = new List<KeyValuePair<string, PropertyValue>>();
            foreach (var (key, items) in converted[node.Uri])
            {
                var s = schema[key];
                properties.Add(new(key, new PropertyValue(s.Type, s.IsArray, items)));
            }

            if (node.Graph is { } g && !node.ManyGraphs)
            {
                properties.Add(new(_options.GraphProperty, new PropertyValue(PropertyType.String, false, [g])));
            }

            properties.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            var labels = node.Labels.Append(_options.ResourceLabel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            result.Add(new PgNode(node.Uri, labels, properties));
        }

        if (nodes.Values.Any(x => x.Graph is not null && !x.ManyGraphs))
        {
            schema[_options.GraphProperty] = new PropertySchema(PropertyType.String, false);
        }

        var rels = relationships
            .OrderBy(r => r.StartUri, StringComparer.Ordinal)
            .ThenBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => r.EndUri, StringComparer.Ordinal)
            .ThenBy(r => r.Graph ?? "", StringComparer.Ordinal)
            .ToList();
        return new ProjectedGraph(result, rels, schema, skipped);
    }

    private string PropertyKeyOf(Dictionary<Term, string> cache, Iri predicate)
    {
        if (!cache.TryGetValue(predicate, out var key))
        {
            key = Neo4jNaming.PropertyKey(predicate.Value);

            // The node key and the graph property are ours; a predicate with the same local name gets a suffix.
            if (key == "uri" || key == _options.GraphProperty)
            {
                key += "_";
            }

            cache[predicate] = key;
        }

        return key;
    }

    private static NodeBuilder Node(Dictionary<string, NodeBuilder> nodes, string key)
    {
        if (!nodes.TryGetValue(key, out var node))
        {
            node = new NodeBuilder(key);
            nodes[key] = node;
        }

        return node;
    }

    /// <summary>The node key of a term: the IRI, or <c>bnode://label</c>.</summary>
    public static string KeyOf(Term term) => term switch
    {
        Iri iri => iri.Value,
        BlankNode b => "bnode://" + b.Label,
        _ => throw new ArgumentException("Only IRIs and blank nodes become nodes.", nameof(term)),
    };

    private sealed class NodeBuilder(string uri)
    {
        public string Uri { get; } = uri;

        public HashSet<string> Labels { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HashSet<Literal>> Values { get; } = new(StringComparer.Ordinal);

        /// <summary>The one named graph this node's own quads come from; null for the default graph.</summary>
        public string? Graph { get; private set; }

        public bool ManyGraphs { get; private set; }

        private bool _seen;

        public void NoteGraph(string? graph)
        {
            if (!_seen)
            {
                _seen = true;
                Graph = graph;
            }
            else if (!string.Equals(Graph, graph, StringComparison.Ordinal))
            {
                ManyGraphs = true;
            }
        }

        public void Add(string key, Literal literal)
        {
            if (!Values.TryGetValue(key, out var set))
            {
                set = [];
                Values[key] = set;
            }

            set.Add(literal);
        }
    }
}
