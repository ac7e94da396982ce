using System.Text.Json.Nodes;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A small compaction of expanded JSON-LD against a prefix/term context: IRIs as terms or compact IRIs, plain
/// strings for xsd:string values, single values unwrapped from arrays. Lists and graphs keep their arrays.
/// </summary>
internal static class JsonLdCompactor
{
    public static JsonObject Compact(JsonArray expanded, JsonLdContext context)
    {
        var ctx = new JsonObject();
        foreach (var (prefix, ns) in context.Prefixes)
        {
            ctx[prefix] = ns;
        }

        foreach (var (term, iri) in context.Terms)
        {
            ctx[term] = iri;
        }

        var graph = new JsonArray();
        foreach (var node in expanded)
        {
            graph.Add((JsonNode)CompactNode((JsonObject)node!, context));
        }

        return new JsonObject { ["@context"] = ctx, ["@graph"] = graph };
    }

    private static JsonObject CompactNode(JsonObject node, JsonLdContext context)
    {
        var result = new JsonObject();
        foreach (var (key, value) in node)
        {
            switch (key)
            {
                case "@id":
                    result["@id"] = context.Compact(value!.GetValue<string>());
                    break;
                case "@type":
                    result["@type"] = Unwrap(new JsonArray([.. ((JsonArray)value!).Select(t => (JsonNode?)JsonValue.Create(context.Compact(t!.GetValue<string>())))]));
                    break;
                case "@graph":
                    result["@graph"] = new JsonArray([.. ((JsonArray)value!).Select(n => (JsonNode?)CompactNode((JsonObject)n!, context))]);
                    break;
                default:
                    result[context.Compact(key)] = Unwrap(new JsonArray([.. ((JsonArray)value!).Select(v => CompactValue((JsonObject)v!, context))]));
                    break;
            }
        }

        return result;
    }

    private static JsonNode? CompactValue(JsonObject value, JsonLdContext context)
    {
        if (value["@list"] is JsonArray list)
        {
            return new JsonObject { ["@list"] = new JsonArray([.. list.Select(v => CompactValue((JsonObject)v!, context))]) };
        }

        if (value.Count == 1 && value["@id"] is JsonValue id)
        {
            return new JsonObject { ["@id"] = context.Compact(id.GetValue<string>()) };
        }

        if (value.Count == 1 && value["@value"] is JsonValue plain)
        {
            return plain.DeepClone();
        }

        var result = new JsonObject();
        foreach (var (key, v) in value)
        {
            result[key] = key == "@type" && v is JsonValue t && t.GetValue<string>() != "@json" ? context.Compact(t.GetValue<string>()) : v?.DeepClone();
        }

        return result;
    }

    private static JsonNode? Unwrap(JsonArray array) => array.Count == 1 ? array[0]!.DeepClone() : array;
}
