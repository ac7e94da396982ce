namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A simple JSON-LD context for compaction: prefix definitions (<c>"schema": "http://schema.org/"</c>) and term
/// definitions (<c>"name": "http://schema.org/name"</c>).
/// </summary>
public sealed class JsonLdContext
{
    private readonly List<KeyValuePair<string, string>> _prefixes = [];
    private readonly List<KeyValuePair<string, string>> _terms = [];

    /// <summary>Prefix name to namespace IRI, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Prefixes => _prefixes;

    /// <summary>Term to full IRI, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Terms => _terms;

    /// <summary>A context holding the prefixes of a <see cref="PrefixMap"/> (the empty prefix is skipped: JSON-LD has none).</summary>
    public static JsonLdContext FromPrefixes(PrefixMap prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        var context = new JsonLdContext();
        foreach (var (prefix, ns) in prefixes.Entries)
        {
            if (prefix.Length > 0)
            {
                context.AddPrefix(prefix, ns);
            }
        }

        return context;
    }

    public JsonLdContext AddPrefix(string prefix, string namespaceIri)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentNullException.ThrowIfNull(namespaceIri);
        _prefixes.Add(new(prefix, namespaceIri));
        return this;
    }

    public JsonLdContext AddTerm(string term, string iri)
    {
        ArgumentException.ThrowIfNullOrEmpty(term);
        ArgumentNullException.ThrowIfNull(iri);
        _terms.Add(new(term, iri));
        return this;
    }

    /// <summary>The shortest form of an IRI: a term, a compact IRI <c>prefix:local</c>, or the IRI itself.</summary>
    public string Compact(string iri)
    {
        foreach (var (term, value) in _terms)
        {
            if (value == iri)
            {
                return term;
            }
        }

        string? best = null;
        int bestLength = -1;
        foreach (var (prefix, ns) in _prefixes)
        {
            if (ns.Length > bestLength && iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && !iri.AsSpan(ns.Length).StartsWith("//"))
            {
                best = prefix + ":" + iri[ns.Length..];
                bestLength = ns.Length;
            }
        }

        return best ?? iri;
    }
}
