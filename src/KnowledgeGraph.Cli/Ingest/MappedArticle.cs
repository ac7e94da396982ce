using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>One article's named graph and the quads that replace its contents.</summary>
internal sealed record MappedArticle(Term Graph, IReadOnlyList<Quad> Quads);
