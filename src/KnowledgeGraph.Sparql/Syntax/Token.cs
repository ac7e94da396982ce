namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// One token. <see cref="Text"/> is the decoded value (IRI without brackets, string without quotes and escapes,
/// variable without <c>?</c>, keyword in upper case, prefixed name as written but unescaped).
/// <see cref="Prefix"/> is the prefix of a prefixed name. <see cref="SpaceBefore"/> records whether whitespace or a
/// comment preceded the token (a sign must touch its number to form a signed literal).
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset, int Line, int Column, bool SpaceBefore, string? Prefix = null)
{
    public bool Is(string punctOrKeyword) =>
        (Kind == TokenKind.Punct || Kind == TokenKind.Keyword) && string.Equals(Text, punctOrKeyword, StringComparison.Ordinal);

    public override string ToString() => Kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.IriRef => "<" + Text + ">",
        TokenKind.Variable => "?" + Text,
        TokenKind.String => "string literal",
        TokenKind.BlankNodeLabel => "_:" + Text,
        TokenKind.LangTag => "@" + Text,
        _ => "'" + Text + "'",
    };
}
