namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>The four query forms.</summary>
public enum QueryForm
{
    Select,
    Construct,
    Ask,
    Describe,
}
