namespace KnowledgeGraph.Mapping.Validation;

/// <summary>The outcome of validating a data graph: it conforms when there are no results.</summary>
public sealed record ValidationReport(IReadOnlyList<ValidationResult> Results)
{
    public bool Conforms => Results.Count == 0;

    /// <summary>"Conforms", or one line per result.</summary>
    public override string ToString() =>
        Conforms ? "Conforms" : $"{Results.Count} result(s):\n" + string.Join("\n", Results.Select(r => r.ToString()));
}
