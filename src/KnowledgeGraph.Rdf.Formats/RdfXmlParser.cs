using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>The RDF/XML grammar over an <see cref="XElement"/> tree (see <see cref="RdfXmlReader"/>).</summary>
internal sealed class RdfXmlParser
{
    private static readonly XNamespace Rdf = RdfVocabulary.Namespace;
    private static readonly XNamespace Xml = XNamespace.Xml;
    private readonly RdfReaderOptions _options;
    private readonly BlankNodeTable _blanks;
    private readonly List<Quad> _out = [];

    public RdfXmlParser(RdfReaderOptions options)
    {
        _options = options;
        _blanks = new BlankNodeTable(options.BlankNodeScope);
    }

    public IEnumerable<Quad> Parse(XElement root, CancellationToken cancellationToken)
    {
        string? baseIri = Base(root, _options.BaseIri);
        string? lang = Lang(root, null);
        if (root.Name == Rdf + "RDF")
        {
            foreach (var child in root.Elements())
            {
                cancellationToken.ThrowIfCancellationRequested();
                NodeElement(child, baseIri, lang);
            }
        }
        else
        {
            NodeElement(root, baseIri, lang);
        }

        return _out;
    }

    private Term NodeElement(XElement e, string? baseIri, string? lang)
    {
        baseIri = Base(e, baseIri);
        lang = Lang(e, lang);
        Term subject;
        if (e.Attribute(Rdf + "about") is { } about)
        {
            subject = Resolve(e, baseIri, about.Value);
        }
        else if (e.Attribute(Rdf + "ID") is { } id)
        {
            subject = Resolve(e, baseIri, "#" + id.Value);
        }
        else if (e.Attribute(Rdf + "nodeID") is { } nodeId)
        {
            subject = _blanks.Labeled(nodeId.Value);
        }
        else
        {
            subject = _blanks.Fresh();
        }

        if (e.Name != Rdf + "Description")
        {
            Emit(subject, RdfVocabulary.Type, ElementIri(e));
        }

        PropertyAttributes(e, subject, baseIri, lang);
        int li = 1;
        foreach (var child in e.Elements())
        {
            PropertyElement(child, subject, baseIri, lang, ref li);
        }

        return subject;
    }

    private void PropertyAttributes(XElement e, Term subject, string? baseIri, string? lang)
    {
        foreach (var a in e.Attributes())
        {
            if (a.IsNamespaceDeclaration || a.Name.Namespace == Xml || IsSyntaxAttribute(a.Name))
            {
                continue;
            }

            if (a.Name.Namespace == XNamespace.None)
            {
                continue;
            }

            var predicate = Iri.Unchecked(a.Name.NamespaceName + a.Name.LocalName);
            if (predicate.Equals(RdfVocabulary.Type))
            {
                Emit(subject, predicate, Resolve(e, baseIri, a.Value));
            }
            else
            {
                Emit(subject, predicate, lang is null ? Literal.Create(a.Value) : Literal.LanguageTagged(a.Value, lang));
            }
        }
    }

    private static bool IsSyntaxAttribute(XName name) =>
        name.Namespace == Rdf && name.LocalName is "about" or "ID" or "nodeID" or "resource" or "parseType" or "datatype" or "aboutEach" or "aboutEachPrefix" or "bagID";

    private void PropertyElement(XElement e, Term subject, string? baseIri, string? lang, ref int li)
    {
        baseIri = Base(e, baseIri);
        lang = Lang(e, lang);
        Iri predicate = e.Name == Rdf + "li"
            ? Iri.Unchecked(RdfVocabulary.Namespace + "_" + (li++).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : ElementIri(e);
        Term? reifier = e.Attribute(Rdf + "ID") is { } rid ? Resolve(e, baseIri, "#" + rid.Value) : null;
        string? parseType = e.Attribute(Rdf + "parseType")?.Value;
        Term obj;
        if (parseType == "Resource")
        {
            var node = _blanks.Fresh();
            int innerLi = 1;
            foreach (var child in e.Elements())
            {
                PropertyElement(child, node, baseIri, lang, ref innerLi);
            }

            obj = node;
        }
        else if (parseType == "Collection")
        {
            var items = e.Elements().Select(child => NodeElement(child, baseIri, lang)).ToList();
            obj = List(items);
        }
        else if (parseType is not null)
        {
            string xml = string.Concat(e.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            obj = Literal.Typed(xml, RdfVocabulary.XmlLiteral);
        }
        else if (e.Elements().Any())
        {
            var children = e.Elements().ToList();
            if (children.Count != 1)
            {
                throw Error(e, "a property element may contain only one node element");
            }

            obj = NodeElement(children[0], baseIri, lang);
        }
        else if (e.Attribute(Rdf + "resource") is not null || e.Attribute(Rdf + "nodeID") is not null || HasPropertyAttributes(e))
        {
            if (e.Attribute(Rdf + "resource") is { } resource)
            {
                obj = Resolve(e, baseIri, resource.Value);
            }
            else if (e.Attribute(Rdf + "nodeID") is { } nodeId)
            {
                obj = _blanks.Labeled(nodeId.Value);
            }
            else
            {
                obj = _blanks.Fresh();
            }

            PropertyAttributes(e, obj, baseIri, lang);
        }
        else
        {
            string text = e.Value;
            if (e.Attribute(Rdf + "datatype") is { } datatype)
            {
                var dt = Resolve(e, baseIri, datatype.Value);
                obj = dt.Equals(RdfVocabulary.LangString) ? Literal.Create(text) : Literal.Typed(text, dt);
            }
            else
            {
                obj = lang is null ? Literal.Create(text) : Literal.LanguageTagged(text, lang);
            }
        }

        Emit(subject, predicate, obj);
        if (reifier is not null)
        {
            Emit(reifier, RdfVocabulary.Type, RdfVocabulary.Statement);
            Emit(reifier, RdfVocabulary.Subject, subject);
            Emit(reifier, RdfVocabulary.Predicate, predicate);
            Emit(reifier, RdfVocabulary.Object, obj);
        }
    }

    private static bool HasPropertyAttributes(XElement e) =>
        e.Attributes().Any(a => !a.IsNamespaceDeclaration && a.Name.Namespace != Xml && a.Name.Namespace != XNamespace.None && !IsSyntaxAttribute(a.Name));

    private Term List(List<Term> items)
    {
        Term head = RdfVocabulary.Nil;
        for (int i = items.Count - 1; i >= 0; i--)
        {
            var node = _blanks.Fresh();
            Emit(node, RdfVocabulary.First, items[i]);
            Emit(node, RdfVocabulary.Rest, head);
            head = node;
        }

        return head;
    }

    private void Emit(Term s, Term p, Term o) => _out.Add(new Quad(s, p, o));

    private Iri ElementIri(XElement e)
    {
        if (e.Name.Namespace == XNamespace.None)
        {
            throw Error(e, $"element <{e.Name.LocalName}> has no namespace");
        }

        return Iri.Unchecked(e.Name.NamespaceName + e.Name.LocalName);
    }

    private Iri Resolve(XElement e, string? baseIri, string reference)
    {
        if (IriResolver.HasScheme(reference))
        {
            return Iri.Unchecked(reference);
        }

        if (baseIri is null)
        {
            throw Error(e, $"relative IRI <{reference}> but no base IRI is set");
        }

        // A same-document reference resolves against the base without its fragment.
        int hash = baseIri.IndexOf('#', StringComparison.Ordinal);
        string b = hash >= 0 ? baseIri[..hash] : baseIri;
        return Iri.Unchecked(reference.Length == 0 ? b : IriResolver.Resolve(b, reference));
    }

    private string? Base(XElement e, string? inherited)
    {
        if (e.Attribute(Xml + "base") is not { } xmlBase)
        {
            return inherited;
        }

        if (IriResolver.HasScheme(xmlBase.Value))
        {
            return xmlBase.Value;
        }

        return inherited is null ? throw Error(e, "relative xml:base without a base IRI") : IriResolver.Resolve(inherited, xmlBase.Value);
    }

    private static string? Lang(XElement e, string? inherited)
    {
        var attr = e.Attribute(Xml + "lang");
        return attr is null ? inherited : attr.Value.Length == 0 ? null : attr.Value;
    }

    private RdfSyntaxException Error(XElement e, string message)
    {
        var info = (IXmlLineInfo)e;
        return new RdfSyntaxException(message, _options.SourceName, info.LineNumber, info.LinePosition);
    }
}
