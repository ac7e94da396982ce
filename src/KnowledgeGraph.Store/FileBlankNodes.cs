using System.Globalization;
using System.IO.Hashing;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Store;

/// <summary>
/// Scopes blank nodes to one file, deterministically: each distinct node gets a hash of the file's full path and
/// its rank of first appearance, so two files never share a blank node and loading the same file again yields
/// the same nodes (which makes re-running an interrupted load idempotent). Labels a reader generates for
/// anonymous nodes vary between reads; the rank does not.
/// </summary>
internal sealed class FileBlankNodes
{
    private readonly string _prefix;
    private readonly Dictionary<string, BlankNode> _renamed = new(StringComparer.Ordinal);

    public FileBlankNodes(string fullPath)
    {
        ulong hash = XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(fullPath));
        _prefix = "f" + hash.ToString("x16", CultureInfo.InvariantCulture) + "_";
    }

    public Quad Rename(Quad quad)
    {
        if (quad.Subject is BlankNode or TripleTerm || quad.Obj is BlankNode or TripleTerm || quad.Graph is BlankNode)
        {
            return new Quad(Rename(quad.Subject), quad.Predicate, Rename(quad.Obj), Rename(quad.Graph));
        }

        return quad;
    }

    private Term Rename(Term term)
    {
        switch (term)
        {
            case BlankNode blank:
                if (!_renamed.TryGetValue(blank.Label, out var renamed))
                {
                    renamed = new BlankNode(_prefix + _renamed.Count.ToString(CultureInfo.InvariantCulture));
                    _renamed[blank.Label] = renamed;
                }

                return renamed;
            case TripleTerm triple:
                return new TripleTerm(new Triple(Rename(triple.Triple.Subject), triple.Triple.Predicate, Rename(triple.Triple.Object)));
            default:
                return term;
        }
    }
}
