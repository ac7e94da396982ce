using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Iris;

/// <summary>
/// Mints the data IRIs (see docs/mapping.md, "IRI scheme"). Every IRI is a function of content: the article's text
/// hash and key, code point offsets, entity keys and normalised names; never counters, clocks or random values.
/// </summary>
internal sealed class IriMinter(string baseIri)
{
    public Iri Article(string key) => Make("article/" + key);

    public Iri Graph(string key) => Make("graph/article/" + key);

    public Iri Span(string textHash, int begin, int end) =>
        Make(string.Create(CultureInfo.InvariantCulture, $"text/{textHash}#char={begin},{end}"));

    public Iri Entity(EntityKey key) => Make("entity/" + key.Path);

    public Iri Role(string roleSlug) => Make("role/" + roleSlug);

    public Iri Post(EntityKey organization, string roleSlug) => Make("post/" + organization.Token + "/" + roleSlug);

    public Iri Quotation(string textHash, int begin, int end, EntityKey speaker) =>
        Make(string.Create(CultureInfo.InvariantCulture, $"text/{textHash}/quote/{begin}-{end}/{speaker.Token}"));

    public Iri Control(string textHash, EntityKey party, EntityKey place, string statusSlug, string? suffix) =>
        Make($"text/{textHash}/control/{party.Token}/{place.Token}/{statusSlug}{suffix}");

    public Iri Membership(string textHash, EntityKey person, string roleSlug, string? suffix) =>
        Make($"text/{textHash}/role/{person.Token}/{roleSlug}{suffix}");

    public Iri Run(string articleKey, string extractorVersion, string configHash) =>
        Make($"run/{articleKey}/{Segment(extractorVersion)}/{configHash}");

    public Iri Agent(string extractorVersion) => Make("agent/extractor/" + Segment(extractorVersion));

    /// <summary>A path segment from free text such as a version ("1.2.0+abc"): unreserved characters kept, the
    /// rest percent-encoded as UTF-8.</summary>
    public static string Segment(string value)
    {
        if (value.Length == 0)
        {
            return "_";
        }

        var sb = new StringBuilder(value.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(value))
        {
            char c = (char)b;
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '.' or '_' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private Iri Make(string path) => Iri.Unchecked(baseIri + path);
}
