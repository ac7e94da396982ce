using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Store;

/// <summary>How <see cref="BulkLoader"/> loads.</summary>
public sealed record BulkLoadOptions
{
    public static BulkLoadOptions Default { get; } = new();

    /// <summary>Quads per committed batch; each batch is one atomic write.</summary>
    public int BatchSize { get; init; } = 250_000;

    /// <summary>Keep going past bad statements, reporting each one; otherwise the first error stops the load.</summary>
    public bool Lenient { get; init; }

    /// <summary>Put every triple and quad into this graph instead of the one the input names.</summary>
    public Term? TargetGraph { get; init; }

    /// <summary>The syntax of every file; null to go by each file's extension (.nt, .nq, .ttl, .trig).</summary>
    public RdfFormat? Format { get; init; }

    /// <summary>Base IRI for resolving relative IRIs in Turtle and TriG; defaults to the file's URI.</summary>
    public string? BaseIri { get; init; }

    /// <summary>How many quads a load remembers to skip database lookups for duplicates (tests lower it).</summary>
    internal int RememberedQuads { get; init; } = LoadedQuads.DefaultCapacity;
}
