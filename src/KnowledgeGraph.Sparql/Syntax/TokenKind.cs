namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>Lexical token kinds of the SPARQL 1.1 grammar (section 19.8).</summary>
internal enum TokenKind
{
    End,
    IriRef,
    PrefixedName,
    BlankNodeLabel,
    Variable,
    LangTag,
    Integer,
    Decimal,
    Double,
    String,
    Keyword,
    Punct,
}
