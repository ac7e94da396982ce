namespace KnowledgeGraph.Store;

/// <summary>A bad statement skipped (lenient mode) or that stopped the load.</summary>
public sealed record LoadError(string Source, int Line, int Column, string Message)
{
    public override string ToString() => $"{Source}:{Line}:{Column}: {Message}";
}
