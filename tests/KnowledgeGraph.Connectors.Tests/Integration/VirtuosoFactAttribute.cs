namespace KnowledgeGraph.Connectors.Tests.Integration;

/// <summary>
/// The one switch for integration tests against a real Virtuoso: they run when KG_TEST_SPARQL_ENDPOINT (and
/// KG_TEST_GSP_ENDPOINT) are set, as CI does after .ci/virtuoso/start.sh, and are reported as skipped with the
/// reason otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class VirtuosoFactAttribute : FactAttribute
{
    public VirtuosoFactAttribute()
    {
        if (string.IsNullOrEmpty(SparqlEndpoint) || string.IsNullOrEmpty(GraphStoreEndpoint))
        {
            Skip = "Virtuoso not running: set KG_TEST_SPARQL_ENDPOINT and KG_TEST_GSP_ENDPOINT (see .ci/virtuoso/start.sh)";
        }
    }

    public static string? SparqlEndpoint => Environment.GetEnvironmentVariable("KG_TEST_SPARQL_ENDPOINT");

    public static string? GraphStoreEndpoint => Environment.GetEnvironmentVariable("KG_TEST_GSP_ENDPOINT");
}
