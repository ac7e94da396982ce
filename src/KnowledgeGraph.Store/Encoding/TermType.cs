namespace KnowledgeGraph.Store.Encoding;

/// <summary>The type byte of an <see cref="EncodedTerm"/>. Values are part of the storage format: never renumber.</summary>
internal static class TermType
{
    public const byte DefaultGraph = 0;
    public const byte BlankInline = 1;
    public const byte BlankHashed = 2;
    public const byte IriInline = 3;
    public const byte IriHashed = 4;
    public const byte StringInline = 5;
    public const byte StringHashed = 6;
    public const byte IntegerInline = 7;
    public const byte LiteralHashed = 8;
    public const byte TripleHashed = 9;

    public static bool IsHashed(byte type) => type is BlankHashed or IriHashed or StringHashed or LiteralHashed or TripleHashed;
}
