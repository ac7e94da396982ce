using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Conformance.Tests.Manifests;

/// <summary>
/// A W3C test manifest (<c>manifest.ttl</c>) read with our Turtle reader, with its <c>mf:include</c>d manifests
/// followed. The graph stays available so that suites can read any property of an entry's action or result.
/// </summary>
public sealed class Manifest
{
    private Manifest(string path, Iri iri, InMemoryDataset graph)
    {
        Path = path;
        Iri = iri;
        Graph = graph;
    }

    /// <summary>The manifest file.</summary>
    public string Path { get; }

    /// <summary>The manifest's own IRI (its <c>file:</c> URI), against which its relative IRIs were resolved.</summary>
    public Iri Iri { get; }

    public InMemoryDataset Graph { get; }

    public string? Label { get; private set; }

    /// <summary><c>mf:assumedTestBase</c>: where the suite is published; test documents are parsed with this base.</summary>
    public string? AssumedTestBase { get; private set; }

    /// <summary>Manifests listed by <c>mf:include</c>.</summary>
    public IReadOnlyList<Manifest> Includes { get; private set; } = [];

    /// <summary>This manifest's own entries, in <c>mf:entries</c> order.</summary>
    public IReadOnlyList<ManifestEntry> OwnEntries { get; private set; } = [];

    /// <summary>All entries: this manifest's, then those of its includes (each manifest once).</summary>
    public IEnumerable<ManifestEntry> AllEntries()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Walk(this, seen);

        static IEnumerable<ManifestEntry> Walk(Manifest m, HashSet<string> seen)
        {
            if (!seen.Add(m.Path))
            {
                yield break;
            }

            foreach (var e in m.OwnEntries)
            {
                yield return e;
            }

            foreach (var inc in m.Includes)
            {
                foreach (var e in Walk(inc, seen))
                {
                    yield return e;
                }
            }
        }
    }

    /// <summary>Loads a manifest and its includes.</summary>
    public static Manifest Load(string path) => Load(System.IO.Path.GetFullPath(path), new Dictionary<string, Manifest>(StringComparer.Ordinal));

    private static Manifest Load(string path, Dictionary<string, Manifest> loaded)
    {
        if (loaded.TryGetValue(path, out var existing))
        {
            return existing;
        }

        string iri = new Uri(path).AbsoluteUri;
        var reader = new TurtleReader(new RdfReaderOptions { BaseIri = iri, SourceName = path, BlankNodeScope = BlankNodeScope.Preserve });
        InMemoryDataset graph;
        using (var stream = File.OpenRead(path))
        {
            graph = new InMemoryDataset(reader.Read(stream));
        }

        var manifest = new Manifest(path, Iri.Unchecked(iri), graph);
        loaded[path] = manifest;
        var node = graph.Match(null, RdfVocabulary.Type, ManifestVocabulary.Manifest, null).Select(q => q.Subject).FirstOrDefault() ?? manifest.Iri;
        manifest.Label = (manifest.Object(node, ManifestVocabulary.Label) as Literal)?.Value;
        manifest.AssumedTestBase = (manifest.Object(node, ManifestVocabulary.AssumedTestBase) as Iri)?.Value;
        var includes = new List<Manifest>();
        foreach (var list in manifest.Objects(node, ManifestVocabulary.Include))
        {
            foreach (var item in manifest.ListItems(list))
            {
                if (item is Iri inc)
                {
                    includes.Add(Load(new Uri(inc.Value).LocalPath, loaded));
                }
            }
        }

        manifest.Includes = includes;
        var entries = new List<ManifestEntry>();
        foreach (var list in manifest.Objects(node, ManifestVocabulary.Entries))
        {
            foreach (var item in manifest.ListItems(list))
            {
                entries.Add(new ManifestEntry(manifest, item));
            }
        }

        manifest.OwnEntries = entries;
        return manifest;
    }

    /// <summary>The first object of (subject, predicate), or null.</summary>
    public Term? Object(Term subject, Iri predicate) => Graph.Match(subject, predicate, null, null).Select(q => q.Obj).FirstOrDefault();

    /// <summary>All objects of (subject, predicate).</summary>
    public IReadOnlyList<Term> Objects(Term subject, Iri predicate) => Graph.Match(subject, predicate, null, null).Select(q => q.Obj).ToList();

    /// <summary>The members of an RDF collection.</summary>
    public IReadOnlyList<Term> ListItems(Term head)
    {
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        var node = head;
        while (!node.Equals(RdfVocabulary.Nil) && seen.Add(node))
        {
            var first = Object(node, RdfVocabulary.First);
            if (first is null)
            {
                break;
            }

            items.Add(first);
            node = Object(node, RdfVocabulary.Rest) ?? RdfVocabulary.Nil;
        }

        return items;
    }

    /// <summary>
    /// The IRI a test document is published at: its <c>file:</c> IRI rewritten under <see cref="AssumedTestBase"/>
    /// (or the <c>file:</c> IRI itself when the manifest declares no assumed base).
    /// </summary>
    public string PublishedIri(Iri fileIri)
    {
        string dir = Iri.Value[..(Iri.Value.LastIndexOf('/') + 1)];
        return AssumedTestBase is not null && fileIri.Value.StartsWith(dir, StringComparison.Ordinal)
            ? AssumedTestBase + fileIri.Value[dir.Length..]
            : fileIri.Value;
    }

    public override string ToString() => Label ?? Path;
}
