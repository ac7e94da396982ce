namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>OPTIONAL: left solutions extended by compatible right solutions for which <see cref="Filter"/> holds.</summary>
public sealed record LeftJoin(GraphPattern Left, GraphPattern Right, Expression? Filter) : GraphPattern;
