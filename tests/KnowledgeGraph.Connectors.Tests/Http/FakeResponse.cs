namespace KnowledgeGraph.Connectors.Tests.Http;

internal sealed record FakeResponse(int Status, string Reason = "OK", string Body = "", string ContentType = "text/plain")
{
    public TimeSpan Delay { get; init; }

    public bool DropConnection { get; init; }

    public IReadOnlyList<(string, string)> Headers { get; init; } = [];

    public static FakeResponse Ok(string body = "", string contentType = "text/plain") => new(200, "OK", body, contentType);
}
