using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The parsed solution modifiers and projection of a query or sub-select, before translation.</summary>
internal sealed class SolutionModifiers
{
    public List<SelectItem>? Projection { get; set; }

    public bool SelectStar { get; set; }

    public bool Distinct { get; set; }

    public bool Reduced { get; set; }

    public List<(Expression Expression, string? Variable, Token At)> GroupBy { get; } = [];

    public bool HasGroupBy { get; set; }

    public List<Expression> Having { get; } = [];

    public List<OrderCondition> OrderBy { get; } = [];

    public long Offset { get; set; }

    public long? Limit { get; set; }

    public Values? Values { get; set; }
}
