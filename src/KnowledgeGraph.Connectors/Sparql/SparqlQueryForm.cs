namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>The four query forms, found by a light scan of the query text (the prologue is skipped).</summary>
internal enum SparqlQueryForm
{
    Unknown,
    Select,
    Ask,
    Construct,
    Describe,
}
