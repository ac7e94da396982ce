namespace KnowledgeGraph.Rdf;

/// <summary>An ordered map from prefix names to namespace IRIs, used by readers (to report) and writers (to abbreviate).</summary>
public sealed class PrefixMap
{
    private readonly List<KeyValuePair<string, string>> _entries = [];

    public IReadOnlyList<KeyValuePair<string, string>> Entries => _entries;

    /// <summary>Common prefixes (rdf, rdfs, xsd, owl, schema, prov, ...).</summary>
    public static PrefixMap CreateWellKnown()
    {
        var map = new PrefixMap();
        foreach (var (prefix, ns) in Vocabularies.WellKnownPrefixes.All)
        {
            map.Set(prefix, ns);
        }

        return map;
    }

    /// <summary>Adds or replaces a prefix.</summary>
    public void Set(string prefix, string namespaceIri)
    {
        for (int i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Key == prefix)
            {
                _entries[i] = new(prefix, namespaceIri);
                return;
            }
        }

        _entries.Add(new(prefix, namespaceIri));
    }

    public bool TryGetNamespace(string prefix, out string namespaceIri)
    {
        foreach (var e in _entries)
        {
            if (e.Key == prefix)
            {
                namespaceIri = e.Value;
                return true;
            }
        }

        namespaceIri = "";
        return false;
    }

    /// <summary>Finds the longest namespace that <paramref name="iri"/> starts with; returns the prefix and local part.</summary>
    public bool TryShorten(string iri, out string prefix, out string localName)
    {
        prefix = "";
        localName = "";
        int best = -1;
        foreach (var e in _entries)
        {
            if (e.Value.Length > best && iri.StartsWith(e.Value, StringComparison.Ordinal))
            {
                best = e.Value.Length;
                prefix = e.Key;
                localName = iri[e.Value.Length..];
            }
        }

        return best >= 0;
    }
}
