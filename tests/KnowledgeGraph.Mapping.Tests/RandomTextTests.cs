using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;
using static KnowledgeGraph.Mapping.Tests.Fixtures.GraphAssert;

namespace KnowledgeGraph.Mapping.Tests;

/// <summary>Generated texts mixing ASCII, accents, emoji and CJK: every span's offsets are code points and its
/// anchor is exactly the code point substring; mapping is deterministic.</summary>
public sealed class RandomTextTests
{
    private static readonly string[] Pieces = ["a", "Zoë", " ", "😀", "𝒜", "北京", "\n", "é", "👩‍👩‍👧", "x"];

    [Fact]
    public void Spans_in_generated_texts_round_trip_through_code_point_offsets()
    {
        var random = new Random(20231121);
        for (int round = 0; round < 200; round++)
        {
            var sb = new StringBuilder();
            int pieces = random.Next(1, 40);
            for (int i = 0; i < pieces; i++)
            {
                sb.Append(Pieces[random.Next(Pieces.Length)]);
            }

            string text = sb.ToString().Normalize(NormalizationForm.FormC);
            var boundaries = new List<int>();
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == 0 || i == text.Length || !char.IsLowSurrogate(text[i]))
                {
                    boundaries.Add(i);
                }
            }

            int a = boundaries[random.Next(boundaries.Count - 1)];
            int b = boundaries.First(x => x > a);
            b = boundaries[random.Next(boundaries.IndexOf(b), boundaries.Count)];
            var span = new TextSpan(a, b);
            var result = new ExtractionResult
            {
                Article = new Article { Id = "r" + round.ToString(CultureInfo.InvariantCulture), Text = text },
                ExtractorVersion = "random",
                Entities = [new Entity { Id = "e", Type = EntityType.Person, CanonicalName = "Someone", Mentions = [new Mention(span, span.Of(text), MentionKind.Name, 0.5)] }],
            };

            var graph = new FactMapper().Map(result);
            Assert.Equal(graph.ToNQuads(), new FactMapper().Map(result).ToNQuads());
            var phrase = Assert.Single(Subjects(graph.Quads, ItsRdf.TaIdentRef, Iri.Unchecked("https://w3id.org/knowledgegraph/id/entity/person/someone")));
            int begin = int.Parse(Value(graph.Quads, phrase, Nif.BeginIndex), CultureInfo.InvariantCulture);
            int end = int.Parse(Value(graph.Quads, phrase, Nif.EndIndex), CultureInfo.InvariantCulture);
            int[] runes = [.. text.EnumerateRunes().Select(r => r.Value)];
            Assert.Equal(string.Concat(runes[begin..end].Select(char.ConvertFromUtf32)), Value(graph.Quads, phrase, Nif.AnchorOf));
            Assert.Equal(text[..a].EnumerateRunes().Count(), begin);
        }
    }
}
