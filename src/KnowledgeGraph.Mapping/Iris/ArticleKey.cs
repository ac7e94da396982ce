namespace KnowledgeGraph.Mapping.Iris;

/// <summary>
/// The key that names an article and its graph: a hash of the canonical URL when the article has one (so a
/// re-fetched, edited article replaces its old graph), otherwise the hash of its text.
/// </summary>
internal static class ArticleKey
{
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_"];
    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase) { "fbclid", "gclid", "dclid", "msclkid", "cmpid", "ocid", "igshid" };

    public static string For(string? url, string textHash) =>
        CanonicalUrl(url) is { } canonical ? TextHash.Hex16(canonical) : textHash;

    /// <summary>Lower-case scheme and host, default port dropped, fragment and tracking parameters removed; null
    /// when <paramref name="url"/> is not an absolute http(s) URL.</summary>
    public static string? CanonicalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        string query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p[..(p.IndexOf('=', StringComparison.Ordinal) is var i and >= 0 ? i : p.Length)])));
        string port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return uri.Scheme + "://" + uri.Host.ToLowerInvariant() + port + uri.AbsolutePath + (query.Length > 0 ? "?" + query : "");
    }

    private static bool IsTracking(string name) =>
        TrackingNames.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
