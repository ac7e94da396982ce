using KnowledgeGraph.Mapping.Tests.Fixtures;
using Xunit.Abstractions;

namespace KnowledgeGraph.Mapping.Tests;

/// <summary>
/// Mapped graphs compared line by line with checked-in canonical N-Quads. Set KG_UPDATE_GOLDEN=1 to rewrite the
/// files after a reviewed change, then review the diff like code.
/// </summary>
public sealed class GoldenTests(ITestOutputHelper output)
{
    public static TheoryData<string> GoldArticles => ["seed", "wn_2008_comoros_anjouan", "wn_2009_gaza_ceasefire", "wn_2011_south_sudan_independence", "wn_2012_us_debate_mali"];

    [Theory]
    [MemberData(nameof(GoldArticles))]
    public void Gold_fixture_maps_to_its_golden_nquads(string name)
    {
        string actual = new FactMapper().Map(GoldFixture.Load(name)).ToNQuads();
        Compare(Path.Combine(RepositoryPaths.Golden, name + ".gold.nq"), actual);
    }

    [Fact]
    public void Emoji_fixture_maps_to_its_golden_nquads() =>
        Compare(Path.Combine(RepositoryPaths.Golden, "emoji.nq"), new FactMapper().Map(EmojiFixture.Result()).ToNQuads());

    private void Compare(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("KG_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run with KG_UPDATE_GOLDEN=1 to create it.");
        string[] expected = File.ReadAllText(path).Split('\n');
        string[] lines = actual.Split('\n');
        var missing = expected.Except(lines, StringComparer.Ordinal).ToList();
        var extra = lines.Except(expected, StringComparer.Ordinal).ToList();
        foreach (string line in missing.Take(20))
        {
            output.WriteLine("- " + line);
        }

        foreach (string line in extra.Take(20))
        {
            output.WriteLine("+ " + line);
        }

        string summary = $"golden {Path.GetFileName(path)}: {lines.Length - 1} lines, {missing.Count} missing, {extra.Count} unexpected";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
