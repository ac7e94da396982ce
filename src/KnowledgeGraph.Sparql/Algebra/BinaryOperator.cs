namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Binary operators of SPARQL expressions.</summary>
public enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
}
