namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>What a remote endpoint allowed during <see cref="SparqlClient.CheckAsync"/>; problems say why in plain words.</summary>
/// <param name="CanQuery">An <c>ASK {}</c> query was answered.</param>
/// <param name="CanUpdate">A harmless update (<c>DROP SILENT</c> of an unused graph) was accepted; null when not checked.</param>
/// <param name="Problems">One message per failed check (no credentials).</param>
public sealed record EndpointCapabilities(bool CanQuery, bool? CanUpdate, IReadOnlyList<string> Problems)
{
    public bool IsUsable => CanQuery && CanUpdate != false;
}
