using System.Net.Http.Headers;
using System.Text;

namespace KnowledgeGraph.Connectors.Http;

/// <summary>application/x-www-form-urlencoded bodies and query strings, UTF-8, without a length limit.</summary>
internal static class FormEncoding
{
    public static string Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    public static HttpContent Content(string encoded)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(encoded));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        return content;
    }
}
