using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Conformance.Tests.Manifests;

/// <summary>
/// One test of a manifest: its IRI, name, type(s), action, result, approval and requirements. An action or result
/// may be a blank node carrying further properties (<c>qt:query</c>, <c>qt:data</c>, <c>qt:graphData</c>,
/// <c>ut:request</c>, <c>ut:data</c>, ...); read them with <see cref="Property"/> and <see cref="Properties"/>.
/// </summary>
public sealed class ManifestEntry
{
    internal ManifestEntry(Manifest manifest, Term id)
    {
        Manifest = manifest;
        Id = id;
        Name = (manifest.Object(id, ManifestVocabulary.Name) as Literal)?.Value ?? ShortId(id);
        Comment = (manifest.Object(id, ManifestVocabulary.Comment) as Literal)?.Value;
        Types = manifest.Objects(id, RdfVocabulary.Type).OfType<Iri>().ToList();
        Action = manifest.Object(id, ManifestVocabulary.Action);
        Result = manifest.Object(id, ManifestVocabulary.Result);
        Approval = (manifest.Object(id, ManifestVocabulary.RdftApproval) ?? manifest.Object(id, ManifestVocabulary.DawgtApproval)) as Iri;
        Requires = manifest.Objects(id, ManifestVocabulary.Requires)
            .SelectMany(r => r is BlankNode ? manifest.ListItems(r) : [r])
            .ToList();
    }

    public Manifest Manifest { get; }

    /// <summary>The test's IRI (or blank node).</summary>
    public Term Id { get; }

    /// <summary><c>mf:name</c>, or the IRI fragment when there is none.</summary>
    public string Name { get; }

    public string? Comment { get; }

    /// <summary>The <c>rdf:type</c>s, e.g. <c>rdft:TestTurtleEval</c>, <c>mf:QueryEvaluationTest</c>.</summary>
    public IReadOnlyList<Iri> Types { get; }

    /// <summary><c>mf:action</c>: a document IRI, or a node with further properties.</summary>
    public Term? Action { get; }

    /// <summary><c>mf:result</c>: a document IRI, a node with further properties, or a literal.</summary>
    public Term? Result { get; }

    /// <summary><c>rdft:approval</c> or <c>dawgt:approval</c>.</summary>
    public Iri? Approval { get; }

    /// <summary><c>mf:requires</c> values (a list is flattened).</summary>
    public IReadOnlyList<Term> Requires { get; }

    /// <summary>The local name of the type, e.g. <c>TestTurtleEval</c>.</summary>
    public string TypeName => Types.Count == 0 ? "" : ShortId(Types[0]);

    /// <summary>Whether the entry has a type with this local name or full IRI.</summary>
    public bool HasType(string nameOrIri) =>
        Types.Any(t => string.Equals(t.Value, nameOrIri, StringComparison.Ordinal) || string.Equals(ShortId(t), nameOrIri, StringComparison.Ordinal));

    /// <summary>The first value of a property of any node (e.g. of the action node).</summary>
    public Term? Property(Term subject, Iri predicate) => Manifest.Object(subject, predicate);

    /// <summary>All values of a property of any node.</summary>
    public IReadOnlyList<Term> Properties(Term subject, Iri predicate) => Manifest.Objects(subject, predicate);

    /// <summary>A property of the action node (e.g. <c>qt:query</c>), when the action is a node.</summary>
    public Term? ActionProperty(Iri predicate) => Action is null ? null : Manifest.Object(Action, predicate);

    /// <summary>The local file of a <c>file:</c> IRI in the manifest.</summary>
    public static string LocalPath(Term fileIri) =>
        fileIri is Iri iri ? new Uri(iri.Value).LocalPath : throw new ArgumentException($"{fileIri} is not a file IRI.", nameof(fileIri));

    /// <summary>The IRI under which a test document is published (the base IRI to parse it with).</summary>
    public string PublishedIri(Term fileIri) =>
        fileIri is Iri iri ? Manifest.PublishedIri(iri) : throw new ArgumentException($"{fileIri} is not an IRI.", nameof(fileIri));

    /// <summary>The fragment (or last path segment) of a term, for display.</summary>
    public static string ShortId(Term term)
    {
        string text = term is Iri iri ? iri.Value : term.ToString();
        int cut = Math.Max(text.LastIndexOf('#'), text.LastIndexOf('/'));
        return cut >= 0 && cut + 1 < text.Length ? text[(cut + 1)..] : text;
    }

    public override string ToString() => $"{ShortId(Id)} ({TypeName})";
}
