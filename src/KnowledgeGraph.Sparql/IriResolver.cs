using System.Text;

namespace KnowledgeGraph.Sparql;

/// <summary>Resolves IRI references against a base IRI (RFC 3986 section 5.2).</summary>
public static class IriResolver
{
    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseIri"/>; returns the reference when it is absolute or there is no base.</summary>
    public static string Resolve(string reference, string? baseIri)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (HasScheme(reference) || string.IsNullOrEmpty(baseIri))
        {
            return HasScheme(reference) ? RemoveDotSegmentsInAbsolute(reference) : reference;
        }

        Split(baseIri, out string? bScheme, out string? bAuthority, out string bPath, out string? bQuery, out _);
        Split(reference, out _, out string? rAuthority, out string rPath, out string? rQuery, out string? rFragment);
        string? authority;
        string path;
        string? query;
        if (rAuthority is not null)
        {
            authority = rAuthority;
            path = RemoveDotSegments(rPath);
            query = rQuery;
        }
        else
        {
            authority = bAuthority;
            if (rPath.Length == 0)
            {
                path = bPath;
                query = rQuery ?? bQuery;
            }
            else
            {
                path = rPath.StartsWith('/') ? RemoveDotSegments(rPath) : RemoveDotSegments(Merge(bAuthority, bPath, rPath));
                query = rQuery;
            }
        }

        var sb = new StringBuilder();
        sb.Append(bScheme).Append(':');
        if (authority is not null)
        {
            sb.Append("//").Append(authority);
        }

        sb.Append(path);
        if (query is not null)
        {
            sb.Append('?').Append(query);
        }

        if (rFragment is not null)
        {
            sb.Append('#').Append(rFragment);
        }

        return sb.ToString();
    }

    private static string RemoveDotSegmentsInAbsolute(string iri)
    {
        Split(iri, out string? scheme, out string? authority, out string path, out string? query, out string? fragment);
        if (!path.Contains('.', StringComparison.Ordinal))
        {
            return iri;
        }

        var sb = new StringBuilder();
        sb.Append(scheme).Append(':');
        if (authority is not null)
        {
            sb.Append("//").Append(authority);
        }

        sb.Append(authority is not null || path.StartsWith('/') ? RemoveDotSegments(path) : path);
        if (query is not null)
        {
            sb.Append('?').Append(query);
        }

        if (fragment is not null)
        {
            sb.Append('#').Append(fragment);
        }

        return sb.ToString();
    }

    /// <summary>Whether the text starts with a URI scheme followed by ':'.</summary>
    public static bool HasScheme(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (int i = 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c == ':')
            {
                return true;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return false;
    }

    private static void Split(string iri, out string? scheme, out string? authority, out string path, out string? query, out string? fragment)
    {
        scheme = null;
        authority = null;
        query = null;
        fragment = null;
        string rest = iri;
        int hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..];
            rest = rest[..hash];
        }

        int q = rest.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }

        if (HasScheme(rest))
        {
            int colon = rest.IndexOf(':', StringComparison.Ordinal);
            scheme = rest[..colon];
            rest = rest[(colon + 1)..];
        }

        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            int slash = rest.IndexOf('/', 2);
            authority = slash < 0 ? rest[2..] : rest[2..slash];
            rest = slash < 0 ? "" : rest[slash..];
        }

        path = rest;
    }

    private static string Merge(string? baseAuthority, string basePath, string referencePath)
    {
        if (baseAuthority is not null && basePath.Length == 0)
        {
            return "/" + referencePath;
        }

        int slash = basePath.LastIndexOf('/');
        return slash < 0 ? referencePath : basePath[..(slash + 1)] + referencePath;
    }

    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains('.', StringComparison.Ordinal))
        {
            return path;
        }

        var output = new List<string>();
        string input = path;
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input == "/.")
            {
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal))
            {
                input = input[3..];
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }
            }
            else if (input == "/..")
            {
                input = "/";
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }
            }
            else if (input is "." or "..")
            {
                input = "";
            }
            else
            {
                int start = input.StartsWith('/') ? 1 : 0;
                int next = input.IndexOf('/', start);
                string segment = next < 0 ? input : input[..next];
                output.Add(segment);
                input = next < 0 ? "" : input[next..];
            }
        }

        return string.Concat(output);
    }
}
