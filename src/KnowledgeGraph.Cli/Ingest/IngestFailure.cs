namespace KnowledgeGraph.Cli.Ingest;

/// <summary>An article (or input) that could not be ingested: where it came from, at which step, and why.</summary>
internal sealed record IngestFailure(string Origin, string Stage, string Reason);
