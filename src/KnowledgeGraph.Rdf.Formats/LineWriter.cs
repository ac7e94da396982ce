namespace KnowledgeGraph.Rdf.Formats;

/// <summary>The shared body of the N-Triples and N-Quads writers: canonical terms, one statement per line.</summary>
internal sealed class LineWriter(TextWriter writer, bool allowGraphs)
{
    private bool _finished;

    public void Write(Quad quad)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (!quad.IsInDefaultGraph && !allowGraphs)
        {
            throw new ArgumentException("N-Triples cannot express a quad in a named graph.", nameof(quad));
        }

        WriteTerm(quad.Subject);
        writer.Write(' ');
        WriteTerm(quad.Predicate);
        writer.Write(' ');
        WriteTerm(quad.Obj);
        if (!quad.IsInDefaultGraph)
        {
            writer.Write(' ');
            WriteTerm(quad.Graph);
        }

        writer.Write(" .\n");
    }

    public void Finish()
    {
        if (!_finished)
        {
            _finished = true;
            writer.Flush();
        }
    }

    private void WriteTerm(Term term)
    {
        switch (term)
        {
            case Iri iri:
                writer.Write('<');
                writer.Write(NTriplesEscaping.EscapeIri(iri.Value));
                writer.Write('>');
                break;
            case Literal literal:
                writer.Write('"');
                writer.Write(NTriplesEscaping.EscapeString(literal.Value));
                writer.Write('"');
                if (literal.Language is not null)
                {
                    // Canonical N-Triples writes language tags in lower case.
                    writer.Write('@');
                    writer.Write(literal.Language.ToLowerInvariant());
                    if (literal.Direction is not null)
                    {
                        writer.Write("--");
                        writer.Write(literal.Direction);
                    }
                }
                else if (!literal.Datatype.Equals(KnowledgeGraph.Rdf.Vocabularies.Xsd.String))
                {
                    writer.Write("^^");
                    WriteTerm(literal.Datatype);
                }

                break;
            case TripleTerm tt:
                writer.Write("<<( ");
                WriteTerm(tt.Triple.Subject);
                writer.Write(' ');
                WriteTerm(tt.Triple.Predicate);
                writer.Write(' ');
                WriteTerm(tt.Triple.Object);
                writer.Write(" )>>");
                break;
            default:
                writer.Write(term.ToString());
                break;
        }
    }
}
