using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping;

/// <summary>How <see cref="FactMapper"/> turns extracted facts into quads.</summary>
public sealed record MappingOptions
{
    /// <summary>The data namespace every minted IRI starts with; must end with <c>/</c>.</summary>
    public string BaseIri { get; init; } = "https://w3id.org/knowledgegraph/id/";

    /// <summary>
    /// Whether to store the article text (<c>nif:isString</c> on the context, <c>nif:anchorOf</c> on sentences).
    /// Off when the text may not be redistributed; fact spans always keep their <c>nif:anchorOf</c>.
    /// </summary>
    public bool IncludeText { get; init; } = true;

    /// <summary>Whether to map every entity mention to a <c>nif:Phrase</c> with <c>itsrdf:taIdentRef</c>.</summary>
    public bool IncludeMentions { get; init; } = true;

    public static MappingOptions Default { get; } = new();

    /// <summary>A short text that changes whenever an option changes what is written (part of the run IRI).</summary>
    internal string Fingerprint => $"mapping=1;base={BaseIri};text={IncludeText};mentions={IncludeMentions}";

    internal void Validate()
    {
        if (!Iri.TryParse(BaseIri, out _, out string? error) || !BaseIri.EndsWith('/'))
        {
            throw new ArgumentException($"BaseIri must be an absolute IRI ending with '/': <{BaseIri}> {error}", nameof(BaseIri));
        }
    }
}
