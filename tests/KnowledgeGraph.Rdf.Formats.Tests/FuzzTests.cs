using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Rdf.Formats.Tests;

/// <summary>Random and mutated input: readers either succeed or throw <see cref="RdfSyntaxException"/>, nothing else.</summary>
public sealed class FuzzTests
{
    private const string Seed = """
        @prefix ex: <http://ex.org/> .
        @base <http://base.org/> .
        ex:a a ex:T ; ex:p "x\"y"@en, 1.5e3, ( 1 [ ex:q <rel> ] ), '''long
        text''' ;
          ex:r <<( ex:s ex:p _:b )>> ~ ex:r1 {| ex:src ex:w |} .
        ex:g { _:b ex:p "v"^^ex:dt . }
        <http://s> <http://p> "o" <http://g> .
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="http://x"/></rdf:RDF>
        """;

    private static IEnumerable<IRdfReader> Readers(bool lenient)
    {
        var options = new RdfReaderOptions { BaseIri = "http://base.org/", Lenient = lenient };
        yield return new NTriplesReader(options);
        yield return new NQuadsReader(options);
        yield return new TurtleReader(options);
        yield return new TriGReader(options);
        yield return new RdfXmlReader(options);
    }

    [Fact]
    public void Random_bytes_raise_only_syntax_errors()
    {
        var random = new Random(1234);
        const string alphabet = "<>\"'@:._-#[](){}|~^\\ \n\tabcAZ019eE+uU%\u00e9😀";
        for (int i = 0; i < 1500; i++)
        {
            var sb = new StringBuilder();
            int n = random.Next(0, 80);
            for (int j = 0; j < n; j++)
            {
                sb.Append(random.Next(4) == 0 ? (char)random.Next(0, 0x300) : alphabet[random.Next(alphabet.Length)]);
            }

            Feed(sb.ToString());
        }
    }

    [Fact]
    public void Mutated_and_truncated_documents_raise_only_syntax_errors()
    {
        var random = new Random(99);
        for (int i = 0; i < 1500; i++)
        {
            var text = new StringBuilder(Seed);
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits && text.Length > 0; e++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0: text.Remove(at, 1); break;
                    case 1: text.Insert(at, Seed[random.Next(Seed.Length)]); break;
                    default: text[at] = Seed[random.Next(Seed.Length)]; break;
                }
            }

            string doc = text.ToString();
            Feed(doc[..random.Next(doc.Length + 1)]);
            Feed(doc);
        }
    }

    [Fact]
    public void Deep_nesting_is_a_syntax_error_not_a_crash()
    {
        string deep = "<http://s> <http://p> " + new string('[', 5000) + " .";
        Assert.Throws<RdfSyntaxException>(() => new TurtleReader().Read(deep).ToList());
        string lists = "<http://s> <http://p> " + new string('(', 5000) + " .";
        Assert.Throws<RdfSyntaxException>(() => new TurtleReader().Read(lists).ToList());
    }

    private static void Feed(string text)
    {
        foreach (bool lenient in new[] { false, true })
        {
            foreach (var reader in Readers(lenient))
            {
                try
                {
                    foreach (var _ in reader.Read(text))
                    {
                    }
                }
                catch (RdfSyntaxException)
                {
                }
                catch (Exception e)
                {
                    Assert.Fail($"{reader.Format} (lenient={lenient}) threw {e.GetType().Name}: {e.Message}\ninput: {text}");
                }
            }
        }
    }
}
