namespace KnowledgeGraph.Cli.Ingest;

/// <summary>What <c>kg ingest</c> was asked to do.</summary>
internal sealed record IngestRequest(IReadOnlyList<string> Inputs, string StoreDirectory, string? ReportPath, IngestOptions Options);
