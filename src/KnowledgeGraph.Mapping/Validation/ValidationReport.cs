using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>The outcome of validating a data graph: it conforms when there are no results.</summary>
public sealed record ValidationReport(IReadOnlyList<ValidationResult> Results)
{
    public bool Conforms => Results.Count == 0;

    /// <summary>"Conforms", or one line per result.</summary>
    public override string ToString() =>
        Conforms ? "Conforms" : $"{Results.Count} result(s):\n" + string.Join("\n", Results.Select(r => r.ToString()));

    /// <summary>
    /// The report as a SHACL validation report graph (SHACL 3.6) in the default graph, with blank nodes labelled
    /// <c>report</c>, <c>result1</c>, <c>result2</c>, ... in result order. The path is given as a literal in SPARQL
    /// syntax when it is not a single predicate.
    /// </summary>
    public IEnumerable<Quad> ToQuads()
    {
        var report = new BlankNode("report");
        yield return new Quad(report, RdfVocabulary.Type, Sh.ValidationReport);
        yield return new Quad(report, Sh.Conforms, Literal.Boolean(Conforms));
        int n = 0;
        foreach (var r in Results)
        {
            var node = new BlankNode("result" + (++n).ToString(CultureInfo.InvariantCulture));
            yield return new Quad(report, Sh.Result, node);
            yield return new Quad(node, RdfVocabulary.Type, Sh.ValidationResult);
            yield return new Quad(node, Sh.FocusNodeProperty, r.FocusNode);
            yield return new Quad(node, Sh.SourceShape, r.SourceShape);
            yield return new Quad(node, Sh.SourceConstraintComponent, r.SourceConstraintComponent);
            yield return new Quad(node, Sh.ResultSeverity, r.Severity);
            yield return new Quad(node, Sh.ResultMessage, Literal.Create(r.Message));
            if (r.PathPredicate is { } predicate)
            {
                yield return new Quad(node, Sh.ResultPath, predicate);
            }
            else if (r.Path is { } path)
            {
                yield return new Quad(node, Sh.ResultPath, Literal.Create(path));
            }

            if (r.Value is { } value)
            {
                yield return new Quad(node, Sh.ValueProperty, value);
            }
        }
    }
}
