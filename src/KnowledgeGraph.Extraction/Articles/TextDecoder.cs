using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Turns a file's bytes into text: a byte order mark wins (UTF-8, UTF-16 LE/BE), then a declared legacy charset,
/// then strict UTF-8. Bytes that are none of these (NUL bytes, invalid UTF-8 with nothing declared) are not text.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Decodes and normalises <paramref name="bytes"/>; <paramref name="declaredCharset"/> comes from the content (HTML meta).</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Fail("empty file");
        }

        string text;
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            if (!TryStrictUtf8(bytes[3..], out text, out var offset))
            {
                return DecodedText.Fail($"invalid UTF-8 at byte {offset + 3} after a UTF-8 byte order mark");
            }
        }
        else if (bytes is [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..])
        {
            return DecodedText.Fail("UTF-32 text is not supported; convert it to UTF-8");
        }
        else if (bytes is [0xFF, 0xFE, ..])
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes is [0xFE, 0xFF, ..])
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            return DecodedText.Fail($"binary file (NUL byte at offset {nul})");
        }
        else if (LegacyEncoding(declaredCharset) is { } legacy)
        {
            text = legacy.GetString(bytes);
        }
        else if (!TryStrictUtf8(bytes, out text, out var offset))
        {
            return DecodedText.Fail(
                $"not text: invalid UTF-8 at byte {offset} and no charset declared (binary file or unknown encoding)");
        }

        text = TextNormalizer.Normalize(text);
        return string.IsNullOrWhiteSpace(text) ? DecodedText.Fail("empty file (only white space)") : DecodedText.Ok(text);
    }

    /// <summary>The encoding for a declared charset name, or null for UTF-8, unknown names and no declaration.</summary>
    internal static Encoding? LegacyEncoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "utf-8" or "utf8" or "unicode-1-1-utf-8")
        {
            return null;
        }

        // HTML treats these labels as windows-1252, a superset of Latin-1's printable range.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "l1" or "cp1252" or "x-cp1252")
        {
            name = "windows-1252";
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            // An unknown label: fall back to Latin-1, which maps every byte to a character.
            return name.StartsWith("iso-8859", StringComparison.Ordinal) || name.StartsWith("windows-", StringComparison.Ordinal)
                ? Encoding.Latin1
                : null;
        }
    }

    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out string text, out int invalidOffset)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            text = new string(chars, 0, written);
            invalidOffset = -1;
            return true;
        }

        text = string.Empty;
        invalidOffset = read;
        return false;
    }
}
