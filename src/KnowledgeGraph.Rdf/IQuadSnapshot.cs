namespace KnowledgeGraph.Rdf;

/// <summary>A consistent, read-only view of a store at one point in time; dispose it to release resources.</summary>
public interface IQuadSnapshot : IQuadSource, IDisposable
{
}
