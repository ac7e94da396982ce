using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Mapping.Iris;

/// <summary>Content hashes that name texts and articles: the first 16 hex digits of SHA-256 over UTF-8.</summary>
internal static class TextHash
{
    /// <summary>The hash of an article text after NFC normalisation and <c>\r\n</c> → <c>\n</c>, so that the same
    /// article read on Windows or Linux, composed or decomposed, gets the same IRIs.</summary>
    public static string OfArticleText(string text) => Hex16(Normalize(text));

    public static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);

    /// <summary>The first <paramref name="hexDigits"/> lower-case hex digits of SHA-256 over the UTF-8 bytes.</summary>
    public static string Hex(string value, int hexDigits)
    {
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(digest)[..hexDigits];
    }

    public static string Hex16(string value) => Hex(value, 16);
}
