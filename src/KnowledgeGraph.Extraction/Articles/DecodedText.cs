namespace KnowledgeGraph.Extraction.Articles;

/// <summary>The outcome of decoding a file's bytes: normalised text, or why the bytes are not text.</summary>
internal readonly record struct DecodedText(string? Text, string? Error)
{
    public static DecodedText Ok(string text) => new(text, null);

    public static DecodedText Fail(string error) => new(null, error);
}
