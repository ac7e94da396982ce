namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A set function: <see cref="Function"/> is COUNT, SUM, MIN, MAX, AVG, SAMPLE or GROUP_CONCAT (or an IRI for a
/// custom aggregate). <see cref="Argument"/> is null for <c>COUNT(*)</c>.
/// </summary>
public sealed record Aggregate(string Function, bool Distinct, Expression? Argument, string? Separator);
