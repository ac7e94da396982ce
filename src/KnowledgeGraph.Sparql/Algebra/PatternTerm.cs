using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A position in a triple or quad pattern: a constant term or a variable (by name, without <c>?</c>).</summary>
public readonly record struct PatternTerm(Term? Term, string? Variable)
{
    public bool IsVariable => Variable is not null;

    public static PatternTerm Constant(Term term) => new(term, null);

    public static PatternTerm Var(string name) => new(null, name);

    public override string ToString() => Variable is null ? Term!.ToString() : "?" + Variable;
}
