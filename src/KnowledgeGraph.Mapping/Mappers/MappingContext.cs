using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping.Iris;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Mappers;

/// <summary>
/// The state of mapping one article: its keys and IRIs, the offset converter, the entity IRIs, and the quads
/// written so far (a set, so writing the same triple twice is harmless).
/// </summary>
internal sealed class MappingContext
{
    // The last finished article's quad set, emptied, for the next article on this thread: grown anew for every
    // article it allocated a tenth of an ingest's memory traffic.
    [ThreadStatic]
    private static HashSet<Quad>? t_spareQuads;

    private readonly HashSet<Quad> _quads = TakeSpareQuads();
    private readonly HashSet<Iri> _spans = [];
    private readonly HashSet<Iri> _concepts = [];
    private readonly List<(int Begin, int End, Iri Iri)> _sentences = [];
    private readonly Dictionary<string, EntityRef> _entities = new(StringComparer.Ordinal);

    public MappingContext(ExtractionResult result, MappingOptions options, CancellationToken cancellationToken)
    {
        Result = result;
        Options = options;
        CancellationToken = cancellationToken;
        Text = result.Article.Text;
        TextHash = KnowledgeGraph.Mapping.Iris.TextHash.OfArticleText(Text);
        ArticleKey = KnowledgeGraph.Mapping.Iris.ArticleKey.For(result.Article.Url, TextHash);
        Iris = new IriMinter(options.BaseIri);
        Offsets = new CodePointIndex(Text);
        GraphIri = Iris.Graph(ArticleKey);
        ArticleIri = Iris.Article(ArticleKey);
        ContextIri = Iris.Span(TextHash, 0, Offsets.Length);
    }

    public ExtractionResult Result { get; }

    public MappingOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public string Text { get; }

    public string TextHash { get; }

    public string ArticleKey { get; }

    public IriMinter Iris { get; }

    public CodePointIndex Offsets { get; }

    public Iri GraphIri { get; }

    public Iri ArticleIri { get; }

    public Iri ContextIri { get; }

    /// <summary>Where error messages say the problem is.</summary>
    public string Source => Result.Article.Id;

    public void Add(Term subject, Iri predicate, Term obj) => _quads.Add(new Quad(subject, predicate, obj, GraphIri));

    /// <summary>
    /// The quads in a fixed order (subject, predicate, object by <see cref="TermComparer"/>), so output is
    /// reproducible. The last call on a context: its set is emptied for the next article.
    /// </summary>
    public IReadOnlyList<Quad> TakeSortedQuads()
    {
        // Comparing terms is much cheaper than writing every quad as N-Triples to sort the lines, which was a good
        // part of an ingest's time.
        var sorted = _quads.ToArray();
        if (sorted.Length <= 100_000)
        {
            _quads.Clear();
            t_spareQuads = _quads;
        }

        Array.Sort(sorted, static (a, b) =>
        {
            int c = TermComparer.Instance.Compare(a.Subject, b.Subject);
            if (c == 0)
            {
                c = TermComparer.Instance.Compare(a.Predicate, b.Predicate);
            }

            return c != 0 ? c : TermComparer.Instance.Compare(a.Obj, b.Obj);
        });
        return sorted;
    }

    private static HashSet<Quad> TakeSpareQuads()
    {
        var spare = t_spareQuads ?? [];
        t_spareQuads = null;
        return spare;
    }

    public void RegisterEntity(string id, EntityRef entity) => _entities[id] = entity;

    /// <summary>The entity a fact refers to by its article-local id.</summary>
    /// <exception cref="ArgumentException">No entity has that id.</exception>
    public EntityRef Entity(string id, string what) =>
        _entities.TryGetValue(id, out var e) ? e : throw new ArgumentException($"{Source}: {what} refers to unknown entity '{id}'.");

    public IEnumerable<EntityRef> Entities => _entities.Values;

    /// <summary>Writes a concept's type, scheme and label once, so article graphs are self-describing.</summary>
    public Iri Concept(Iri concept, Iri conceptClass, Iri scheme, string label)
    {
        if (_concepts.Add(concept))
        {
            Add(concept, RdfVocabulary.Type, conceptClass);
            Add(concept, Skos.InScheme, scheme);
            Add(concept, Skos.PrefLabel, Literal.LanguageTagged(label, "en"));
        }

        return concept;
    }

    public (int Begin, int End) CodePoints(TextSpan span, string what)
    {
        if (span.Start < 0 || span.End > Text.Length || span.Start > span.End)
        {
            throw new ArgumentException($"{Source}: {what} span {span} lies outside the text (length {Text.Length}).");
        }

        try
        {
            return (Offsets.ToCodePoints(span.Start), Offsets.ToCodePoints(span.End));
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentException($"{Source}: {what} span {span}: {e.Message}", e);
        }
    }

    public void AddSentence(TextSpan span)
    {
        var (b, e) = CodePoints(span, "sentence");
        var iri = Iris.Span(TextHash, b, e);
        Add(iri, RdfVocabulary.Type, Nif.Sentence);
        AddOffsets(iri, b, e);
        if (Options.IncludeText)
        {
            Add(iri, Nif.AnchorOf, Literal.Create(span.Of(Text)));
        }

        _sentences.Add((b, e, iri));
    }

    /// <summary>The <c>nif:Phrase</c> for a span: offsets in code points, its words, its context and the sentences
    /// it overlaps. Written once per span however many facts point at it.</summary>
    public Iri Span(TextSpan span, string what)
    {
        var (b, e) = CodePoints(span, what);
        var iri = Iris.Span(TextHash, b, e);
        if (_spans.Add(iri))
        {
            Add(iri, RdfVocabulary.Type, Nif.Phrase);
            AddOffsets(iri, b, e);
            Add(iri, Nif.AnchorOf, Literal.Create(span.Of(Text)));
            foreach (var s in _sentences)
            {
                if ((s.Begin < e && b < s.End) || (b == e && s.Begin <= b && b <= s.End))
                {
                    Add(iri, Nif.SentenceProperty, s.Iri);
                }
            }
        }

        return iri;
    }

    private void AddOffsets(Iri iri, int begin, int end)
    {
        Add(iri, Nif.BeginIndex, Literals.Offset(begin));
        Add(iri, Nif.EndIndex, Literals.Offset(end));
        Add(iri, Nif.ReferenceContext, ContextIri);
    }
}
