using System.Text;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>Brings decoded text to the form every offset refers to: NFC, <c>\n</c> line ends, no byte order mark.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
