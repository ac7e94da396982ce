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
    private readonly Dictionary<Term, Dictionary<Term, Dictionary<Term, List<Term>>>> _graphs = [];
    private readonly HashSet<Quad> _seen = [];
    private bool _finished;

    public TurtleDocumentWriter(TextWriter writer, PrefixMap? prefixes, bool trig)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _trig = trig;
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

        bool any = false;
        foreach (var (prefix, ns) in _syntax.UsedPrefixes)
        {
            _writer.Write("@prefix ");
            _writer.Write(prefix);
            _writer.Write(": <");
            _writer.Write(NTriplesEscaping.EscapeIri(ns));
            _writer.Write("> .\n");
            any = true;
        }

        if (any && body.Length > 0)
        {
            _writer.Write('\n');
        }

        _writer.Write(body.ToString());
        _writer.Flush();
    }

    private void WriteSubjects(StringBuilder sb, Dictionary<Term, Dictionary<Term, List<Term>>> subjects, string indent)
    {
        bool first = true;
        foreach (var (subject, predicates) in subjects)
        {
            if (!first)
            {
                sb.Append('\n');
            }

            first = false;
            sb.Append(indent).Append(_syntax.Format(subject));
            bool firstPredicate = true;
            foreach (var (predicate, objects) in Ordered(predicates))
            {
                sb.Append(firstPredicate ? " " : " ;\n" + indent + "    ");
                firstPredicate = false;
                sb.Append(_syntax.FormatPredicate(predicate)).Append(' ');
                for (int i = 0; i < objects.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    sb.Append(_syntax.Format(objects[i]));
                }
            }

            sb.Append(" .\n");
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
