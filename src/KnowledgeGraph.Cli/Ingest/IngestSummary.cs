namespace KnowledgeGraph.Cli.Ingest;

/// <summary>The outcome of an ingest run.</summary>
internal sealed record IngestSummary(IngestProgress Totals, IReadOnlyList<IngestFailure> Failures, bool Cancelled);
