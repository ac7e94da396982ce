using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Resolution of IRI references against a base IRI, following the algorithm of
/// <see href="https://www.rfc-editor.org/rfc/rfc3986#section-5.2">RFC 3986 section 5.2</see>
/// (used by Turtle, TriG, SPARQL and RDF/XML for relative IRIs and <c>@base</c>/<c>BASE</c>).
/// </summary>
public static class IriResolver
{
    /// <summary>Whether <paramref name="reference"/> starts with a scheme (<c>[A-Za-z][A-Za-z0-9+.-]*:</c>).</summary>
    public static bool HasScheme(ReadOnlySpan<char> reference) => SchemeLength(reference) > 0;

    /// <summary>
    /// Resolves <paramref name="reference"/> against <paramref name="baseIri"/>. A reference that has a scheme is
    /// returned unchanged, so absolute IRIs written by a user keep their exact spelling.
    /// </summary>
    /// <exception cref="ArgumentException">The base has no scheme and the reference is relative.</exception>
    public static string Resolve(string baseIri, string reference)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        ArgumentNullException.ThrowIfNull(reference);
        if (HasScheme(reference))
        {
            return reference;
        }

        var b = Split(baseIri);
        if (b.Scheme is null)
        {
            throw new ArgumentException($"Base IRI <{baseIri}> is not absolute.", nameof(baseIri));
        }

        var r = Split(reference);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else if (r.Path.Length == 0)
        {
            authority = b.Authority;
            path = b.Path;
            query = r.Query ?? b.Query;
        }
        else
        {
            authority = b.Authority;
            path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
            query = r.Query;
        }

        var sb = new StringBuilder(baseIri.Length + reference.Length);
        sb.Append(b.Scheme).Append(':');
        if (authority is not null)
        {
            sb.Append("//").Append(authority);
        }

        sb.Append(path);
        if (query is not null)
        {
            sb.Append('?').Append(query);
        }

        if (r.Fragment is not null)
        {
            sb.Append('#').Append(r.Fragment);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Removes <c>.</c> and <c>..</c> segments from a path
    /// (<see href="https://www.rfc-editor.org/rfc/rfc3986#section-5.2.4">RFC 3986 5.2.4</see>).
    /// </summary>
    public static string RemoveDotSegments(string path)
    {
        if (!path.Contains('.', StringComparison.Ordinal))
        {
            return path;
        }

        var output = new List<string>();
        int i = 0;
        string input = path;
        while (i < input.Length)
        {
            var rest = input.AsSpan(i);
            if (rest.StartsWith("../"))
            {
                i += 3;
            }
            else if (rest.StartsWith("./"))
            {
                i += 2;
            }
            else if (rest.StartsWith("/./"))
            {
                i += 2;
            }
            else if (rest.SequenceEqual("/."))
            {
                input = input[..i] + "/";
            }
            else if (rest.StartsWith("/../"))
            {
                i += 3;
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }
            }
            else if (rest.SequenceEqual("/.."))
            {
                input = input[..i] + "/";
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }
            }
            else if (rest.SequenceEqual(".") || rest.SequenceEqual(".."))
            {
                i = input.Length;
            }
            else
            {
                // Move the first segment (with its leading slash, up to the next slash) to the output.
                int start = i;
                int next = input.IndexOf('/', rest[0] == '/' ? i + 1 : i);
                if (next < 0)
                {
                    next = input.Length;
                }

                output.Add(input[start..next]);
                i = next;
            }
        }

        return string.Concat(output);
    }

    private static string Merge(Parts b, string refPath)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + refPath;
        }

        int slash = b.Path.LastIndexOf('/');
        return slash < 0 ? refPath : string.Concat(b.Path.AsSpan(0, slash + 1), refPath);
    }

    private static int SchemeLength(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || !char.IsAsciiLetter(s[0]))
        {
            return 0;
        }

        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ':')
            {
                return i;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    private static Parts Split(string s)
    {
        string? scheme = null;
        int i = 0;
        int schemeLength = SchemeLength(s);
        if (schemeLength > 0)
        {
            scheme = s[..schemeLength];
            i = schemeLength + 1;
        }

        string? fragment = null;
        int hash = s.IndexOf('#', i);
        int end = s.Length;
        if (hash >= 0)
        {
            fragment = s[(hash + 1)..];
            end = hash;
        }

        string? query = null;
        int question = s.IndexOf('?', i, end - i);
        if (question >= 0)
        {
            query = s[(question + 1)..end];
            end = question;
        }

        string? authority = null;
        if (end - i >= 2 && s[i] == '/' && s[i + 1] == '/')
        {
            int slash = s.IndexOf('/', i + 2, end - i - 2);
            int authorityEnd = slash < 0 ? end : slash;
            authority = s[(i + 2)..authorityEnd];
            i = authorityEnd;
        }

        return new Parts(scheme, authority, s[i..end], query, fragment);
    }
}
