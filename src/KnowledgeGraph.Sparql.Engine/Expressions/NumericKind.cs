namespace KnowledgeGraph.Sparql.Engine.Expressions;

/// <summary>The numeric type promotion ladder: integer → decimal → float → double (section 17.3, XPath numeric promotion).</summary>
internal enum NumericKind
{
    Integer = 0,
    Decimal = 1,
    Float = 2,
    Double = 3,
}
