using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// Shows RDF terms in table cells the way a reader wants them: IRIs as prefixed names where a prefix fits,
/// literals as their plain text (numbers, dates and strings alike), blank nodes as <c>_:label</c>.
/// </summary>
internal sealed partial class TermFormatter
{
    /// <summary>Our data and ontology namespaces, shortened in tables next to the well-known ones.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Namespace)> ProjectPrefixes =
    [
        ("kgo", "https://w3id.org/knowledgegraph/ontology#"),
        ("kg", "https://w3id.org/knowledgegraph/id/"),
    ];

    private readonly PrefixMap _prefixes;

    public TermFormatter(PrefixMap? extra = null)
    {
        _prefixes = PrefixMap.CreateWellKnown();
        foreach (var (prefix, ns) in ProjectPrefixes)
        {
            _prefixes.Set(prefix, ns);
        }

        foreach (var (prefix, ns) in extra?.Entries ?? [])
        {
            _prefixes.Set(prefix, ns);
        }
    }

    public string Format(Term? term) => term switch
    {
        null => string.Empty,
        Iri iri => Shorten(iri.Value),
        Literal literal => literal.Value,
        BlankNode blank => "_:" + blank.Label,
        TripleTerm triple => "<< " + Format(triple.Triple.Subject) + " " + Format(triple.Triple.Predicate) + " " +
                             Format(triple.Triple.Object) + " >>",
        _ => term.ToString() ?? string.Empty,
    };

    private string Shorten(string iri) =>
        _prefixes.TryShorten(iri, out var prefix, out var local) && LocalName().IsMatch(local)
            ? prefix + ":" + local
            : "<" + iri + ">";

    // A local part that reads well as a prefixed name (letters, digits, and - _ . / %).
    [GeneratedRegex(@"^[\p{L}\p{N}_][\p{L}\p{N}_\-./%]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalName();
}
