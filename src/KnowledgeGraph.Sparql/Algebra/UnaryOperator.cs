namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Unary operators of SPARQL expressions.</summary>
public enum UnaryOperator
{
    Not,
    Plus,
    Minus,
}
