using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Connectors.Tests.Neo4j;

/// <summary>
/// A recursive-descent parser for the openCypher subset the script writer emits: <c>CREATE CONSTRAINT</c>,
/// cypher-shell <c>:param name => expr</c>, and <c>UNWIND</c>/<c>MATCH</c>/<c>MERGE</c>/<c>SET</c> statements.
/// It evaluates literals so tests can compare parameter values with the source data. Throws
/// <see cref="FormatException"/> with the line on any syntax error.
/// </summary>
internal sealed class CypherSubsetParser
{
    private readonly List<string> _tokens = [];
    private int _pos;
    private int _line;

    public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);

    public List<(string Text, Dictionary<string, object?> Parameters)> Statements { get; } = [];

    public static CypherSubsetParser ParseScript(string script)
    {
        var parser = new CypherSubsetParser();
        var statement = new StringBuilder();
        var lines = script.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            parser._line = i + 1;
            string line = lines[i];
            if (statement.Length == 0 && (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)))
            {
                continue;
            }

            if (statement.Length == 0 && line.StartsWith(':'))
            {
                parser.ParseCommand(line);
                continue;
            }

            statement.Append(line).Append('\n');
            if (line.TrimEnd().EndsWith(';'))
            {
                parser.ParseStatement(statement.ToString());
                statement.Clear();
            }
        }

        if (statement.Length > 0)
        {
            throw new FormatException("statement without a final ';'");
        }

        return parser;
    }

    private void ParseCommand(string line)
    {
        Tokenize(line);
        Expect(":");
        Expect("param");
        string name = Identifier();
        Expect("=");
        Expect(">");
        Parameters[name] = Expression();
        End();
    }

    private void ParseStatement(string text)
    {
        Tokenize(text);
        if (Peek("CREATE"))
        {
            Expect("CREATE");
            Expect("CONSTRAINT");
            Identifier();
            Expect("IF");
            Expect("NOT");
            Expect("EXISTS");
            Expect("FOR");
            NodePattern();
            Expect("REQUIRE");
            Identifier();
            Expect(".");
            Identifier();
            Expect("IS");
            Expect("UNIQUE");
        }
        else
        {
            Expect("UNWIND");
            Expression();
            Expect("AS");
            Identifier();
            bool any = false;
            while (Peek("MATCH") || Peek("MERGE") || Peek("SET"))
            {
                any = true;
                string clause = Next();
                if (clause == "SET")
                {
                    do
                    {
                        SetItem();
                    }
                    while (Accept(","));
                }
                else
                {
                    Pattern();
                }
            }

            if (!any)
            {
                throw Error("UNWIND without a following clause");
            }
        }

        Expect(";");
        End();
        Statements.Add((text, new Dictionary<string, object?>(Parameters)));
    }

    private void SetItem()
    {
        Identifier();
        if (Accept("+"))
        {
            Expect("=");
            Expression();
        }
        else if (Peek(":"))
        {
            while (Accept(":"))
            {
                Identifier();
            }
        }
        else
        {
            Expect(".");
            Identifier();
            Expect("=");
            Expression();
        }
    }

    private void Pattern()
    {
        NodePattern();
        while (Accept("-"))
        {
            Expect("[");
            if (!Peek(":"))
            {
                Identifier();
            }

            Expect(":");
            Identifier();
            if (Peek("{"))
            {
                Expression();
            }

            Expect("]");
            Expect("-");
            Expect(">");
            NodePattern();
        }
    }

    private void NodePattern()
    {
        Expect("(");
        if (!Peek(":") && !Peek(")") && !Peek("{"))
        {
            Identifier();
        }

        while (Accept(":"))
        {
            Identifier();
        }

        if (Peek("{"))
        {
            Expression();
        }

        Expect(")");
    }

    private object? Expression()
    {
        if (Accept("-"))
        {
            return Expression() switch
            {
                long l => -l,
                double d => -d,
                _ => throw Error("unary minus on a non-number"),
            };
        }

        string t = Next();
        if (t == "[")
        {
            var list = new List<object?>();
            if (!Accept("]"))
            {
                do
                {
                    list.Add(Expression());
                }
                while (Accept(","));
                Expect("]");
            }

            return list;
        }

        if (t == "{")
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (!Accept("}"))
            {
                do
                {
                    string key = Identifier();
                    Expect(":");
                    if (!map.TryAdd(key, Expression()))
                    {
                        throw Error("duplicate map key " + key);
                    }
                }
                while (Accept(","));
                Expect("}");
            }

            return map;
        }

        if (t == "$")
        {
            return new ParameterRef(Identifier());
        }

        if (t[0] == '\'')
        {
            return t[1..];
        }

        if (char.IsAsciiDigit(t[0]))
        {
            return t.Contains('.', StringComparison.Ordinal) || t.Contains('E', StringComparison.OrdinalIgnoreCase)
                ? (object)double.Parse(t, CultureInfo.InvariantCulture)
                : long.Parse(t, CultureInfo.InvariantCulture);
        }

        if (t is "true" or "false")
        {
            return t == "true";
        }

        if (t == "null")
        {
            return null;
        }

        if (IsIdentifier(t))
        {
            string name = Unquote(t);
            if (Accept("("))
            {
                var args = new List<object?>();
                if (!Accept(")"))
                {
                    do
                    {
                        args.Add(Expression());
                    }
                    while (Accept(","));
                    Expect(")");
                }

                return new FunctionCall(name, args);
            }

            if (Accept("."))
            {
                return new VariableRef(name + "." + Identifier());
            }

            return new VariableRef(name);
        }

        throw Error($"unexpected '{t}'");
    }

    private void Tokenize(string text)
    {
        _tokens.Clear();
        _pos = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'' || c == '"')
            {
                var sb = new StringBuilder("'");
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw Error("unterminated string");
                    }

                    char d = text[i++];
                    if (d == c)
                    {
                        break;
                    }

                    if (d is '\n' or '\r')
                    {
                        throw Error("raw line break inside a string");
                    }

                    if (d != '\\')
                    {
                        sb.Append(d);
                        continue;
                    }

                    char e = text[i++];
                    switch (e)
                    {
                        case '\\': sb.Append('\\'); break;
                        case '\'': sb.Append('\''); break;
                        case '"': sb.Append('"'); break;
                        case 'n': sb.Append('\n'); break;
                        case 'r': sb.Append('\r'); break;
                        case 't': sb.Append('\t'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'u':
                            sb.Append((char)int.Parse(text.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                            i += 4;
                            break;
                        default: throw Error($"invalid escape \\{e}");
                    }
                }

                _tokens.Add(sb.ToString());
            }
            else if (c == '`')
            {
                int start = i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw Error("unterminated back-quoted name");
                    }

                    if (text[i] == '`')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '`')
                        {
                            i += 2;
                            continue;
                        }

                        break;
                    }

                    i++;
                }

                i++;
                _tokens.Add(text[start..i]);
            }
            else if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '.' or 'E' or 'e'
                    || (text[i] == '-' && text[i - 1] is 'E' or 'e')))
                {
                    i++;
                }

                _tokens.Add(text[start..i]);
            }
            else if (char.IsLetter(c) || c == '_')
            {
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                _tokens.Add(text[start..i]);
            }
            else if ("()[]{}:,.;$=+-><".Contains(c, StringComparison.Ordinal))
            {
                _tokens.Add(c.ToString());
                i++;
            }
            else
            {
                throw Error($"unexpected character U+{(int)c:X4}");
            }
        }
    }

    private static bool IsIdentifier(string t) => t[0] == '`' || char.IsLetter(t[0]) || t[0] == '_';

    private static string Unquote(string t) => t[0] == '`' ? t[1..^1].Replace("``", "`", StringComparison.Ordinal) : t;

    private string Identifier()
    {
        string t = Next();
        return IsIdentifier(t) ? Unquote(t) : throw Error($"expected a name, found '{t}'");
    }

    private bool Peek(string token) => _pos < _tokens.Count && string.Equals(_tokens[_pos], token, StringComparison.OrdinalIgnoreCase);

    private bool Accept(string token)
    {
        if (!Peek(token))
        {
            return false;
        }

        _pos++;
        return true;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw Error($"expected '{token}', found '{(_pos < _tokens.Count ? _tokens[_pos] : "end")}'");
        }
    }

    private string Next() => _pos < _tokens.Count ? _tokens[_pos++] : throw Error("unexpected end");

    private void End()
    {
        if (_pos != _tokens.Count)
        {
            throw Error($"unexpected '{_tokens[_pos]}' after the end");
        }
    }

    private FormatException Error(string message) => new($"line {_line}: {message}");

    internal sealed record ParameterRef(string Name);

    internal sealed record VariableRef(string Name);

    internal sealed record FunctionCall(string Name, List<object?> Arguments);
}
