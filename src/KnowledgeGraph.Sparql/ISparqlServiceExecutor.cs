using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql;

/// <summary>
/// Runs the query of a SERVICE block at a remote endpoint, for engines that evaluate SERVICE. The query is a complete
/// SELECT query (prologue, the block, and a VALUES clause carrying bindings already known); the answer's variables are
/// matched to the block's by name.
/// </summary>
public interface ISparqlServiceExecutor
{
    Task<SolutionsResult> ExecuteAsync(Iri endpoint, string query, CancellationToken cancellationToken);
}
