using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// The <see href="https://www.w3.org/TR/json-ld11-api/#serialize-rdf-as-json-ld-algorithm">Serialize RDF as
/// JSON-LD</see> algorithm: builds one node map per graph, folds well-formed rdf:first/rdf:rest chains into
/// <c>@list</c>, and returns the expanded document.
/// </summary>
internal static class JsonLdFromRdf
{
    private const string I18n = "https://www.w3.org/ns/i18n#";
    private const string RdfValue = RdfVocabulary.Namespace + "value";
    private const string RdfLanguage = RdfVocabulary.Namespace + "language";
    private const string RdfDirectionIri = RdfVocabulary.Namespace + "direction";

    private sealed record Usage(JsonObject Node, string Property, JsonObject Value);

    private sealed class GraphState
    {
        public Dictionary<string, JsonObject> Nodes { get; } = new(StringComparer.Ordinal);

        public List<Usage> NilUsages { get; } = [];
    }

    /// <exception cref="FormatException">An rdf:JSON literal whose lexical form is not JSON.</exception>
    public static JsonArray ToExpanded(IEnumerable<Quad> quads, JsonLdWriterOptions options)
    {
        var graphs = new Dictionary<string, GraphState>(StringComparer.Ordinal) { ["@default"] = new GraphState() };
        var defaultGraph = graphs["@default"];

        // Null marks a node referenced more than once ("false" in the specification).
        var referencedOnce = new Dictionary<string, Usage?>(StringComparer.Ordinal);
        var compoundSubjects = new HashSet<string>(StringComparer.Ordinal);
        // A dataset is a set: repeated quads must not count as a second reference to a list node.
        foreach (var quad in new HashSet<Quad>(quads))
        {
            string name = quad.Graph is DefaultGraph ? "@default" : Id(quad.Graph);
            if (!graphs.TryGetValue(name, out var graph))
            {
                graph = new GraphState();
                graphs[name] = graph;
            }

            if (name != "@default" && !defaultGraph.Nodes.ContainsKey(name))
            {
                defaultGraph.Nodes[name] = new JsonObject { ["@id"] = name };
            }

            string subject = Id(quad.Subject);
            var node = NodeFor(graph, subject);
            if (quad.Obj is Iri or BlankNode)
            {
                NodeFor(graph, Id(quad.Obj));
            }

            string predicate = Id(quad.Predicate);
            if (predicate == RdfVocabulary.Type.Value && !options.UseRdfType && quad.Obj is Iri or BlankNode)
            {
                var types = node["@type"] as JsonArray;
                if (types is null)
                {
                    types = [];
                    node["@type"] = types;
                }

                string type = Id(quad.Obj);
                if (!types.Any(t => t!.GetValue<string>() == type))
                {
                    types.Add((JsonNode)type);
                }

                continue;
            }

            var value = ToObject(quad.Obj, options);
            var values = node[predicate] as JsonArray;
            if (values is null)
            {
                values = [];
                node[predicate] = values;
            }

            var existing = values.FirstOrDefault(v => JsonNode.DeepEquals(v, value));
            if (existing is null)
            {
                values.Add((JsonNode)value);
            }
            else
            {
                value = (JsonObject)existing;
            }

            if (quad.Obj.Equals(RdfVocabulary.Nil))
            {
                graph.NilUsages.Add(new Usage(node, predicate, value));
            }
            else if (quad.Obj is BlankNode)
            {
                string objectId = Id(quad.Obj);
                if (referencedOnce.ContainsKey(objectId))
                {
                    referencedOnce[objectId] = null;
                }
                else
                {
                    referencedOnce[objectId] = new Usage(node, predicate, value);
                }
            }

            if (options.RdfDirection == JsonLdRdfDirection.CompoundLiteral && predicate == RdfDirectionIri && quad.Subject is BlankNode)
            {
                compoundSubjects.Add(subject);
            }
        }

        foreach (var graph in graphs.Values)
        {
            FoldLists(graph, referencedOnce);
            if (compoundSubjects.Count > 0)
            {
                FoldCompoundLiterals(graph, compoundSubjects);
            }
        }

        var result = new JsonArray();
        foreach (var subject in defaultGraph.Nodes.Keys.Order(StringComparer.Ordinal).ToList())
        {
            var node = defaultGraph.Nodes[subject];
            if (subject != "@default" && graphs.TryGetValue(subject, out var named))
            {
                var members = new JsonArray();
                foreach (var id in named.Nodes.Keys.Order(StringComparer.Ordinal))
                {
                    var member = named.Nodes[id];
                    if (member.Count > 1)
                    {
                        members.Add(member.DeepClone());
                    }
                }

                node["@graph"] = members;
            }

            if (node.Count > 1)
            {
                result.Add(node.DeepClone());
            }
        }

        return result;
    }

    private static JsonObject NodeFor(GraphState graph, string id)
    {
        if (!graph.Nodes.TryGetValue(id, out var node))
        {
            node = new JsonObject { ["@id"] = id };
            graph.Nodes[id] = node;
        }

        return node;
    }

    private static void FoldLists(GraphState graph, Dictionary<string, Usage?> referencedOnce)
    {
        foreach (var usage in graph.NilUsages)
        {
            var node = usage.Node;
            string property = usage.Property;
            var head = usage.Value;
            var list = new List<JsonNode?>();
            var listNodes = new List<string>();
            while (property == RdfVocabulary.Rest.Value && IsListNode(node, referencedOnce))
            {
                string id = node["@id"]!.GetValue<string>();
                var firsts = (JsonArray)node[RdfVocabulary.First.Value]!;
                var item = firsts[0];
                firsts.RemoveAt(0);
                list.Add(item);
                listNodes.Add(id);
                var nodeUsage = referencedOnce[id]!;
                node = nodeUsage.Node;
                property = nodeUsage.Property;
                head = nodeUsage.Value;
                if (!node["@id"]!.GetValue<string>().StartsWith("_:", StringComparison.Ordinal))
                {
                    break;
                }
            }

            head.Remove("@id");
            list.Reverse();
            head["@list"] = new JsonArray([.. list]);
            foreach (var id in listNodes)
            {
                graph.Nodes.Remove(id);
            }
        }
    }

    private static bool IsListNode(JsonObject node, Dictionary<string, Usage?> referencedOnce)
    {
        string id = node["@id"]!.GetValue<string>();
        if (!id.StartsWith("_:", StringComparison.Ordinal) || !referencedOnce.TryGetValue(id, out var usage) || usage is null)
        {
            return false;
        }

        int expected = 3;
        if (node["@type"] is JsonArray types)
        {
            if (types.Count != 1 || types[0]!.GetValue<string>() != RdfVocabulary.Namespace + "List")
            {
                return false;
            }

            expected = 4;
        }

        return node.Count == expected
            && node[RdfVocabulary.First.Value] is JsonArray { Count: 1 }
            && node[RdfVocabulary.Rest.Value] is JsonArray { Count: 1 };
    }

    private static void FoldCompoundLiterals(GraphState graph, HashSet<string> compoundSubjects)
    {
        var replacements = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var id in compoundSubjects)
        {
            if (!graph.Nodes.TryGetValue(id, out var node) || node[RdfValue] is not JsonArray { Count: 1 } v)
            {
                continue;
            }

            var literal = new JsonObject { ["@value"] = v[0]!["@value"]?.DeepClone() };
            if (node[RdfLanguage] is JsonArray { Count: 1 } lang)
            {
                literal["@language"] = lang[0]!["@value"]?.DeepClone();
            }

            if (node[RdfDirectionIri] is JsonArray { Count: 1 } dir)
            {
                literal["@direction"] = dir[0]!["@value"]?.DeepClone();
            }

            replacements[id] = literal;
            graph.Nodes.Remove(id);
        }

        foreach (var node in graph.Nodes.Values)
        {
            foreach (var (_, value) in node.ToList())
            {
                if (value is not JsonArray array)
                {
                    continue;
                }

                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject o && o.Count == 1 && o["@id"] is JsonValue idValue
                        && replacements.TryGetValue(idValue.GetValue<string>(), out var literal))
                    {
                        array[i] = literal.DeepClone();
                    }
                }
            }
        }
    }

    private static string Id(Term term) => term switch
    {
        Iri iri => iri.Value,
        BlankNode bn => "_:" + bn.Label,
        _ => throw new ArgumentException($"{term} cannot be a JSON-LD node identifier.", nameof(term)),
    };

    private static JsonObject ToObject(Term term, JsonLdWriterOptions options)
    {
        if (term is Iri or BlankNode)
        {
            return new JsonObject { ["@id"] = Id(term) };
        }

        if (term is not Literal literal)
        {
            throw new ArgumentException($"JSON-LD cannot express the triple term {term}.", nameof(term));
        }

        var result = new JsonObject();
        string datatype = literal.Datatype.Value;
        if (literal.Language is not null)
        {
            result["@value"] = literal.Value;
            result["@language"] = literal.Language;
            if (literal.Direction is not null)
            {
                result["@direction"] = literal.Direction;
            }

            return result;
        }

        if (options.UseNativeTypes)
        {
            var native = Native(literal.Value, datatype);
            if (native is not null)
            {
                result["@value"] = native;
                return result;
            }
        }

        if (datatype == RdfVocabulary.Json.Value)
        {
            JsonNode? parsed;
            try
            {
                parsed = JsonNode.Parse(literal.Value);
            }
            catch (JsonException e)
            {
                throw new FormatException("invalid JSON literal: " + e.Message, e);
            }

            result["@value"] = parsed;
            result["@type"] = "@json";
            return result;
        }

        if (options.RdfDirection == JsonLdRdfDirection.I18nDatatype && datatype.StartsWith(I18n, StringComparison.Ordinal))
        {
            string suffix = datatype[I18n.Length..];
            int underscore = suffix.LastIndexOf('_');
            if (underscore >= 0)
            {
                result["@value"] = literal.Value;
                if (underscore > 0)
                {
                    result["@language"] = suffix[..underscore];
                }

                result["@direction"] = suffix[(underscore + 1)..];
                return result;
            }
        }

        result["@value"] = literal.Value;
        if (datatype != Xsd.String.Value)
        {
            result["@type"] = datatype;
        }

        return result;
    }

    private static JsonNode? Native(string value, string datatype)
    {
        if (datatype == Xsd.Boolean.Value)
        {
            return value switch { "true" or "1" => JsonValue.Create(true), "false" or "0" => JsonValue.Create(false), _ => null };
        }

        if (datatype == Xsd.Integer.Value)
        {
            return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) ? JsonValue.Create(n) : null;
        }

        if (datatype == Xsd.Double.Value)
        {
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d)
                ? JsonValue.Create(d)
                : null;
        }

        return null;
    }
}
