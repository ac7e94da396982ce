using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>
/// Compares expanded JSON-LD documents as the JSON-LD test suite does: arrays are unordered except the values of
/// <c>@list</c>, numbers compare by value, objects by their entries.
/// </summary>
internal static class JsonLdComparer
{
    public static bool AreEquivalent(JsonNode? a, JsonNode? b, bool ordered = false)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JsonObject x, JsonObject y):
                if (x.Count != y.Count)
                {
                    return false;
                }

                foreach (var (key, value) in x)
                {
                    if (!y.TryGetPropertyValue(key, out var other) || !AreEquivalent(value, other, key == "@list"))
                    {
                        return false;
                    }
                }

                return true;
            case (JsonArray x, JsonArray y):
                return x.Count == y.Count && (ordered ? x.Zip(y).All(p => AreEquivalent(p.First, p.Second)) : Unordered(x, y));
            case (JsonValue x, JsonValue y):
                if (x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number)
                {
                    return double.Parse(x.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) == double.Parse(y.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
                }

                return JsonNode.DeepEquals(x, y);
            default:
                return false;
        }
    }

    private static bool Unordered(JsonArray x, JsonArray y)
    {
        var used = new bool[y.Count];
        foreach (var item in x)
        {
            int match = -1;
            for (int j = 0; j < y.Count; j++)
            {
                if (!used[j] && AreEquivalent(item, y[j]))
                {
                    match = j;
                    break;
                }
            }

            if (match < 0)
            {
                return false;
            }

            used[match] = true;
        }

        return true;
    }
}
