using System.Text;
using AngleSharp.Dom;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Renders the text of an HTML element as paragraphs: block elements and line breaks end a paragraph, runs of white
/// space collapse, and non-content elements (scripts, navigation, forms) are dropped. Figure captions are kept as
/// their own paragraphs and flagged, so they can be excluded from extraction.
/// </summary>
internal sealed class HtmlTextRenderer
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "form", "button", "svg", "iframe", "select",
        "textarea", "input", "canvas", "video", "audio", "object", "embed", "head", "menu", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "hr", "address",
        "details", "summary", "body",
    };

    private readonly List<(string Text, bool Caption)> _paragraphs = [];
    private readonly StringBuilder _current = new();
    private int _captionDepth;
    private bool _currentIsCaption;

    /// <summary>The paragraphs of <paramref name="root"/>, each with whether it is a caption.</summary>
    public static IReadOnlyList<(string Text, bool Caption)> Render(INode root)
    {
        var renderer = new HtmlTextRenderer();
        renderer.Visit(root);
        renderer.Flush();
        return renderer._paragraphs;
    }

    private void Visit(INode node)
    {
        switch (node)
        {
            case IText text:
                AppendText(text.Data);
                return;
            case IElement element:
                VisitElement(element);
                return;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Visit(child);
                }

                return;
        }
    }

    private void VisitElement(IElement element)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name) || element.HasAttribute("hidden") ||
            string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (string.Equals(name, "br", StringComparison.OrdinalIgnoreCase))
        {
            Flush();
            return;
        }

        var block = Blocks.Contains(name);
        var caption = string.Equals(name, "figcaption", StringComparison.OrdinalIgnoreCase) || IsCaptionClass(element);
        if (block || caption)
        {
            Flush();
        }

        if (caption)
        {
            _captionDepth++;
        }

        foreach (var child in element.ChildNodes)
        {
            Visit(child);
        }

        if (block || caption)
        {
            Flush();
        }

        if (caption)
        {
            _captionDepth--;
        }
    }

    private static bool IsCaptionClass(IElement element)
    {
        var classes = element.GetAttribute("class");
        return classes is not null && classes.Contains("caption", StringComparison.OrdinalIgnoreCase);
    }

    private void AppendText(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (_current.Length > 0 && _current[^1] != ' ')
                {
                    _current.Append(' ');
                }
            }
            else
            {
                if (_current.Length == 0)
                {
                    _currentIsCaption = _captionDepth > 0;
                }

                _current.Append(c == '\u00A0' ? ' ' : c);
            }
        }
    }

    private void Flush()
    {
        var text = _current.ToString().Trim();
        _current.Clear();
        if (text.Length > 0)
        {
            _paragraphs.Add((text, _currentIsCaption));
        }
    }
}
