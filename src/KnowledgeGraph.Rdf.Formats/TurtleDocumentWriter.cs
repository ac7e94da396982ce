using System.Text;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// The buffering body of <see cref="TurtleWriter"/> and <see cref="TriGWriter"/>: groups quads by graph, subject and
/// predicate (first-seen order, <c>rdf:type</c> first) and writes them with <c>;</c> and <c>,</c>.
/// </summary>
internal sealed class TurtleDocumentWriter
{
    private readonly TextWriter _writer;
    private readonly bool _trig;
    private readonly TurtleSyntax _syntax;
    private readonly bool _declarePrefixes;
    private readonly Dictionary<Term, Dictionary<Term, Dictionary<Term, List<Term>>>> _graphs = [];
    private readonly HashSet<Quad> _seen = [];
    private readonly HashSet<Term> _unreferenced = [];
    private HashSet<Term> _sharedBlankNodes = [];
    private bool _finished;

    public TurtleDocumentWriter(TextWriter writer, PrefixMap? prefixes, bool trig, bool declarePrefixes = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _trig = trig;
        _declarePrefixes = declarePrefixes;
        _syntax = new TurtleSyntax(prefixes ?? PrefixMap.CreateWellKnown());
    }

    public void Add(Quad quad)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (!_trig && !quad.IsInDefaultGraph)
        {
            throw new ArgumentException("Turtle cannot express a quad in a named graph; use TriG.", nameof(quad));
        }

        if (!_seen.Add(quad))
        {
            return;
        }

        if (!_graphs.TryGetValue(quad.Graph, out var subjects))
        {
            subjects = [];
            _graphs[quad.Graph] = subjects;
        }

        if (!subjects.TryGetValue(quad.Subject, out var predicates))
        {
            predicates = [];
            subjects[quad.Subject] = predicates;
        }

        if (!predicates.TryGetValue(quad.Predicate, out var objects))
        {
            objects = [];
            predicates[quad.Predicate] = objects;
        }

        objects.Add(quad.Obj);
    }

    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        _sharedBlankNodes = SharedBlankNodes();

        // Format the body first so that only the prefixes it uses are declared.
        var body = new StringBuilder();
        if (_graphs.TryGetValue(DefaultGraph.Instance, out var defaultSubjects))
        {
            WriteSubjects(body, defaultSubjects, "");
        }

        foreach (var (graph, subjects) in _graphs)
        {
            if (graph is DefaultGraph)
            {
                continue;
            }

            if (body.Length > 0)
            {
                body.Append('\n');
            }

            body.Append(_syntax.Format(graph)).Append(" {\n");
            WriteSubjects(body, subjects, "    ");
            body.Append("}\n");
        }

        bool any = _declarePrefixes && WritePrefixes(_writer, _syntax.UsedPrefixes);
        if (any && body.Length > 0)
        {
            _writer.Write('\n');
        }

        _writer.Write(body.ToString());
        _writer.Flush();
    }

    /// <summary>Writes <c>@prefix</c> declarations; returns whether there were any.</summary>
    public static bool WritePrefixes(TextWriter writer, IEnumerable<KeyValuePair<string, string>> prefixes)
    {
        bool any = false;
        foreach (var (prefix, ns) in prefixes)
        {
            writer.Write("@prefix ");
            writer.Write(prefix);
            writer.Write(": <");
            writer.Write(NTriplesEscaping.EscapeIri(ns));
            writer.Write("> .\n");
            any = true;
        }

        return any;
    }

    private void WriteSubjects(StringBuilder sb, Dictionary<Term, Dictionary<Term, List<Term>>> subjects, string indent)
    {
        var inline = InlineableBlankNodes(subjects);
        var printed = new HashSet<Term>();
        bool first = true;
        foreach (var subject in subjects.Keys)
        {
            if (!inline.Contains(subject))
            {
                WriteDescription(sb, subjects, subject, inline, printed, indent, ref first);
            }
        }

        // Blank nodes that only reference each other in a cycle have no outside entry point: give one of them a label.
        foreach (var subject in subjects.Keys)
        {
            if (!printed.Contains(subject))
            {
                inline.Remove(subject);
                WriteDescription(sb, subjects, subject, inline, printed, indent, ref first);
            }
        }
    }

    private void WriteDescription(
        StringBuilder sb,
        Dictionary<Term, Dictionary<Term, List<Term>>> subjects,
        Term subject,
        HashSet<Term> inline,
        HashSet<Term> printed,
        string indent,
        ref bool first)
    {
        if (!first)
        {
            sb.Append('\n');
        }

        first = false;
        printed.Add(subject);
        sb.Append(indent);
        if (subject is BlankNode && _unreferenced.Contains(subject))
        {
            // Nothing points at this node: write it as a bare property list, "[ p o ] .".
            sb.Append('[');
            WritePredicateObjects(sb, subjects, subjects[subject], inline, printed, indent + "    ");
            sb.Append(" ] .\n");
            return;
        }

        sb.Append(_syntax.Format(subject));
        WritePredicateObjects(sb, subjects, subjects[subject], inline, printed, indent + "    ");
        sb.Append(" .\n");
    }

    private void WritePredicateObjects(
        StringBuilder sb,
        Dictionary<Term, Dictionary<Term, List<Term>>> subjects,
        Dictionary<Term, List<Term>> predicates,
        HashSet<Term> inline,
        HashSet<Term> printed,
        string indent)
    {
        bool firstPredicate = true;
        foreach (var (predicate, objects) in Ordered(predicates))
        {
            sb.Append(firstPredicate ? " " : " ;\n" + indent);
            firstPredicate = false;
            sb.Append(_syntax.FormatPredicate(predicate)).Append(' ');
            for (int i = 0; i < objects.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                var obj = objects[i];
                if (inline.Contains(obj) && !printed.Contains(obj))
                {
                    printed.Add(obj);
                    if (subjects.TryGetValue(obj, out var nested))
                    {
                        sb.Append('[');
                        WritePredicateObjects(sb, subjects, nested, inline, printed, indent + "    ");
                        sb.Append(" ]");
                    }
                    else
                    {
                        sb.Append("[]");
                    }
                }
                else
                {
                    sb.Append(_syntax.Format(obj));
                }
            }
        }
    }

    /// <summary>
    /// Blank nodes of one graph that can be written in place as <c>[ ... ]</c>: used exactly once as an object there
    /// and nowhere else (not in another graph, not as a graph name, not inside a triple term).
    /// </summary>
    private HashSet<Term> InlineableBlankNodes(Dictionary<Term, Dictionary<Term, List<Term>>> subjects)
    {
        var references = new Dictionary<Term, int>();
        foreach (var predicates in subjects.Values)
        {
            foreach (var objects in predicates.Values)
            {
                foreach (var obj in objects)
                {
                    if (obj is BlankNode)
                    {
                        references[obj] = references.TryGetValue(obj, out int n) ? n + 1 : 1;
                    }
                }
            }
        }

        var inline = new HashSet<Term>();
        foreach (var (node, count) in references)
        {
            if (count == 1 && !_sharedBlankNodes.Contains(node))
            {
                inline.Add(node);
            }
        }

        _unreferenced.Clear();
        foreach (var subject in subjects.Keys)
        {
            if (subject is BlankNode && !references.ContainsKey(subject) && !_sharedBlankNodes.Contains(subject))
            {
                _unreferenced.Add(subject);
            }
        }

        return inline;
    }

    /// <summary>Blank nodes that must keep a label: graph names, members of triple terms, nodes used in two graphs.</summary>
    private HashSet<Term> SharedBlankNodes()
    {
        var shared = new HashSet<Term>();
        var home = new Dictionary<Term, Term>();
        void Note(Term t, Term graph)
        {
            if (t is BlankNode)
            {
                if (home.TryGetValue(t, out var g) && !g.Equals(graph))
                {
                    shared.Add(t);
                }

                home[t] = graph;
            }
            else if (t is TripleTerm tt)
            {
                foreach (var inner in new[] { tt.Triple.Subject, tt.Triple.Predicate, tt.Triple.Object })
                {
                    if (inner is BlankNode or TripleTerm)
                    {
                        MarkAll(inner, shared);
                    }
                }
            }
        }

        foreach (var (graph, subjects) in _graphs)
        {
            if (graph is BlankNode)
            {
                shared.Add(graph);
            }

            foreach (var (subject, predicates) in subjects)
            {
                Note(subject, graph);
                foreach (var objects in predicates.Values)
                {
                    foreach (var obj in objects)
                    {
                        Note(obj, graph);
                    }
                }
            }
        }

        return shared;
    }

    private static void MarkAll(Term t, HashSet<Term> shared)
    {
        if (t is BlankNode)
        {
            shared.Add(t);
        }
        else if (t is TripleTerm tt)
        {
            MarkAll(tt.Triple.Subject, shared);
            MarkAll(tt.Triple.Object, shared);
        }
    }

    private static IEnumerable<KeyValuePair<Term, List<Term>>> Ordered(Dictionary<Term, List<Term>> predicates)
    {
        if (predicates.TryGetValue(RdfVocabulary.Type, out var types))
        {
            yield return new(RdfVocabulary.Type, types);
        }

        foreach (var pair in predicates)
        {
            if (!pair.Key.Equals(RdfVocabulary.Type))
            {
                yield return pair;
            }
        }
    }
}
