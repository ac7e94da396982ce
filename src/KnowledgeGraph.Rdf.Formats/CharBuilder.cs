namespace KnowledgeGraph.Rdf.Formats;

/// <summary>A reusable growable character buffer for token values (avoids a StringBuilder per token).</summary>
internal sealed class CharBuilder
{
    private char[] _chars = new char[256];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> s)
    {
        if (Length + s.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + s.Length));
        }

        s.CopyTo(_chars.AsSpan(Length));
        Length += s.Length;
    }

    public void AppendCodePoint(int cp)
    {
        if (cp < 0x10000)
        {
            Append((char)cp);
        }
        else
        {
            cp -= 0x10000;
            Append((char)(0xD800 + (cp >> 10)));
            Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    public void Truncate(int length) => Length = length;

    public override string ToString() => new(Span);
}
