namespace KnowledgeGraph.Rdf;

/// <summary>
/// Bad RDF input: carries the source name, the 1-based line and column, and the character offset, and prints as
/// <c>source:line:column: message</c>.
/// </summary>
public sealed class RdfSyntaxException : Exception
{
    public RdfSyntaxException(string message, string sourceName, int line, int column, long offset = -1)
        : base(message)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        Offset = offset;
    }

    public RdfSyntaxException() : this("RDF syntax error", "<input>", 0, 0) { }

    public RdfSyntaxException(string message) : this(message, "<input>", 0, 0) { }

    public RdfSyntaxException(string message, Exception inner) : base(message, inner)
    {
        SourceName = "<input>";
    }

    /// <summary>File name, URL or <c>&lt;stdin&gt;</c>.</summary>
    public string SourceName { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Character offset from the start of the input, or -1 when unknown.</summary>
    public long Offset { get; }

    /// <summary>The message without the position prefix.</summary>
    public string Reason => base.Message;

    public override string Message => $"{SourceName}:{Line}:{Column}: {base.Message}";

    public override string ToString() => Message;
}
