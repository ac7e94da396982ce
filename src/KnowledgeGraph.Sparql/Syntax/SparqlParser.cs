using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Parses SPARQL 1.1 queries and updates (hand-written recursive descent over the grammar of section 19) and
/// translates them to the algebra of section 18.
/// </summary>
public static class SparqlParser
{
    /// <summary>Parses a query. Throws <see cref="SparqlSyntaxException"/> on a grammar or static-rule violation.</summary>
    public static Query ParseQuery(string text, SparqlParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new QueryParser(text, options ?? new SparqlParserOptions()).ParseQueryUnit();
    }

    /// <summary>Parses an update request. Throws <see cref="SparqlSyntaxException"/> on a grammar or static-rule violation.</summary>
    public static UpdateRequest ParseUpdate(string text, SparqlParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new QueryParser(text, options ?? new SparqlParserOptions()).ParseUpdateUnit();
    }
}
