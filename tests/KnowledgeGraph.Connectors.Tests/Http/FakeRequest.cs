namespace KnowledgeGraph.Connectors.Tests.Http;

internal sealed record FakeRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body);
