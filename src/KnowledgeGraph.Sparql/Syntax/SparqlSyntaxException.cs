namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// A SPARQL query or update that does not conform to the grammar or to the static rules of SPARQL 1.1 (for example a
/// variable bound twice by BIND, or a non-grouped variable projected from an aggregate query). Prints as
/// <c>source:line:column: message</c>, or <c>line:column: message</c> when the source is unknown.
/// </summary>
public sealed class SparqlSyntaxException : Exception
{
    public SparqlSyntaxException(string message, string? sourceName, int line, int column, long offset = -1)
        : base(message)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        Offset = offset;
    }

    public SparqlSyntaxException() : this("SPARQL syntax error", null, 0, 0) { }

    public SparqlSyntaxException(string message) : this(message, null, 0, 0) { }

    public SparqlSyntaxException(string message, Exception inner) : base(message, inner) { }

    /// <summary>File name or other label of the query text, or null when unknown.</summary>
    public string? SourceName { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error (in UTF-16 code units).</summary>
    public int Column { get; }

    /// <summary>Character offset of the error from the start of the text, or -1 when unknown.</summary>
    public long Offset { get; }

    /// <summary>The message without the position prefix.</summary>
    public string Reason => base.Message;

    public override string Message =>
        SourceName is null ? $"{Line}:{Column}: {base.Message}" : $"{SourceName}:{Line}:{Column}: {base.Message}";

    public override string ToString() => Message;
}
