using System.Text;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping.Tests.Fixtures;
using KnowledgeGraph.Mapping.Validation;
using KnowledgeGraph.Rdf;
using Xunit.Abstractions;

namespace KnowledgeGraph.Mapping.Tests.Extraction;

/// <summary>
/// The real extractor on seeds/*.txt and the relations-dev articles, mapped: golden N-Quads for the seeds
/// (seeds/{name}.nq; KG_UPDATE_GOLDEN=1 rewrites them), determinism, and SHACL conformance.
/// </summary>
public sealed class SeedExtractionTests(ITestOutputHelper output)
{
    private static readonly Lazy<ShaclValidator> Validator = new(() => new ShaclValidator(OntologyFiles.Shapes, OntologyFiles.Ontology));

    public static TheoryData<string> Seeds => [.. Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> DevArticles => ["seed", "wn_2008_comoros_anjouan", "wn_2009_gaza_ceasefire", "wn_2011_south_sudan_independence", "wn_2012_us_debate_mali"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_article_maps_to_its_golden_nquads(string name)
    {
        string actual = MapSeed(name).ToNQuads();
        string path = Path.Combine(RepositoryPaths.Seeds, name + ".nq");
        if (Environment.GetEnvironmentVariable("KG_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with KG_UPDATE_GOLDEN=1 to create it.");
        string expected = File.ReadAllText(path);
        var missing = expected.Split('\n').Except(actual.Split('\n'), StringComparer.Ordinal).ToList();
        var extra = actual.Split('\n').Except(expected.Split('\n'), StringComparer.Ordinal).ToList();
        foreach (string line in missing.Take(10).Select(l => "- " + l).Concat(extra.Take(10).Select(l => "+ " + l)))
        {
            output.WriteLine(line);
        }

        Console.WriteLine($"seed golden {name}.nq: {missing.Count} missing, {extra.Count} unexpected lines");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_article_maps_the_same_twice_and_conforms(string name)
    {
        var first = MapSeed(name);
        Assert.Equal(first.ToNQuads(), MapSeed(name).ToNQuads());
        var report = Validator.Value.Validate(new InMemoryDataset(first.Quads), first.GraphName);
        output.WriteLine(report.ToString());
        Assert.True(report.Conforms, report.ToString());
    }

    [Theory]
    [MemberData(nameof(DevArticles))]
    public void Extracted_dev_article_conforms_to_the_shapes(string name)
    {
        var gold = GoldFixture.Load(name).Article;
        var facts = new NewsExtractor().Extract(gold with { Origin = null });
        var graph = new FactMapper().Map(facts);
        var report = Validator.Value.Validate(new InMemoryDataset(graph.Quads), graph.GraphName);
        string line = $"extracted {name}: {graph.Quads.Count} quads, {facts.Quotations.Count} quotes, {facts.Controls.Count} control, {facts.Roles.Count} roles, {report.Results.Count} SHACL results";
        output.WriteLine(line);
        Console.WriteLine(line);
        output.WriteLine(report.ToString());
        Assert.True(report.Conforms, report.ToString());
    }

    private static ArticleGraph MapSeed(string name)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, name + ".txt"))
            .Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
        var facts = new NewsExtractor().Extract(new Article { Id = name, Text = text });
        return new FactMapper().Map(facts);
    }
}
