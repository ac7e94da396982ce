using System.Text;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>Turns the public entry points' inputs into a <see cref="TextReader"/>.</summary>
internal static class TextReaders
{
    public static TextReader FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
    }
}
