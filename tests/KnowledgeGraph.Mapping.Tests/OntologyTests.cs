using System.Diagnostics;
using System.Reflection;
using KnowledgeGraph.Mapping.Tests.Fixtures;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using Xunit.Abstractions;

namespace KnowledgeGraph.Mapping.Tests;

/// <summary>The vocabulary constants in code and ontology/knowledgegraph.ttl agree in both directions.</summary>
public sealed class OntologyTests(ITestOutputHelper output)
{
    private static readonly Iri IsDefinedBy = Iri.Unchecked(Rdfs.Namespace + "isDefinedBy");
    private static readonly Type[] VocabularyClasses =
        [typeof(Kgo), typeof(Schema), typeof(Nif), typeof(Prov), typeof(Org), typeof(ItsRdf), typeof(Sem), typeof(Skos), typeof(Foaf)];

    private static HashSet<Iri> Declared() =>
        [.. OntologyFiles.Ontology.Where(q => q.Predicate.Equals(RdfVocabulary.Type)).Select(q => q.Subject).OfType<Iri>()];

    private static List<(string Name, Iri Iri)> Constants() =>
        [.. VocabularyClasses.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Iri))
            .Select(f => ($"{t.Name}.{f.Name}", (Iri)f.GetValue(null)!)))];

    [Fact]
    public void Every_vocabulary_constant_is_declared_in_the_ontology()
    {
        var declared = Declared();
        var missing = Constants().Where(c => !declared.Contains(c.Iri)).Select(c => $"{c.Name} <{c.Iri.Value}>").ToList();
        Assert.True(missing.Count == 0, "Not declared in ontology/knowledgegraph.ttl: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_mention_kind_scheme_has_a_concept_for_every_kind_the_extractor_writes()
    {
        var concepts = OntologyFiles.Ontology.Where(q => q.Subject.Equals(Kgo.MentionKindScheme) && q.Predicate.Equals(Iri.Unchecked(Skos.Namespace + "hasTopConcept")))
            .Select(q => q.Obj).ToHashSet();
        Assert.Equal(Enum.GetValues<KnowledgeGraph.Extraction.Facts.MentionKind>().Length, concepts.Count);
        Assert.Contains(Kgo.TitleMention, concepts);
    }

    [Fact]
    public void Every_term_the_mapper_writes_is_declared_in_the_ontology()
    {
        var declared = Declared();
        declared.Add(RdfVocabulary.Type);
        var graphs = new[] { "seed", "wn_2008_comoros_anjouan", "wn_2009_gaza_ceasefire", "wn_2011_south_sudan_independence", "wn_2012_us_debate_mali" }
            .Select(n => new FactMapper().Map(GoldFixture.Load(n))).Append(new FactMapper().Map(EmojiFixture.Result()));
        var used = new HashSet<Iri>();
        foreach (var q in graphs.SelectMany(g => g.Quads))
        {
            used.Add((Iri)q.Predicate);
            if (q.Predicate.Equals(RdfVocabulary.Type))
            {
                used.Add((Iri)q.Obj);
            }

            // Concepts of our schemes are vocabulary too.
            if (q.Obj is Iri o && o.Value.StartsWith(Kgo.Namespace, StringComparison.Ordinal))
            {
                used.Add(o);
            }
        }

        var missing = used.Where(u => !declared.Contains(u)).Select(u => u.Value).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Written but not declared: " + string.Join(", ", missing));
        output.WriteLine($"{used.Count} vocabulary terms written, all declared");
    }

    [Fact]
    public void Every_kgo_term_declared_in_the_ontology_has_a_constant_used_by_the_mapping_code()
    {
        var constants = Constants().Where(c => c.Name.StartsWith("Kgo.", StringComparison.Ordinal)).ToList();
        var byIri = constants.ToDictionary(c => c.Iri, c => c.Name);
        var declaredKgo = Declared().Where(i => i.Value.StartsWith(Kgo.Namespace, StringComparison.Ordinal)).ToList();
        var noConstant = declaredKgo.Where(i => !byIri.ContainsKey(i)).Select(i => i.Value).ToList();
        Assert.True(noConstant.Count == 0, "kgo: terms without a Kgo constant: " + string.Join(", ", noConstant));

        // Used = referenced from the mapping source outside the vocabulary folder.
        string src = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGraph.Mapping");
        string code = string.Concat(Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Vocabulary{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var unused = declaredKgo.Select(i => byIri[i]).Where(name => !code.Contains(name + ",", StringComparison.Ordinal)
            && !code.Contains(name + ")", StringComparison.Ordinal) && !code.Contains(name + ";", StringComparison.Ordinal)).ToList();
        Assert.True(unused.Count == 0, "kgo: terms the mapping never uses: " + string.Join(", ", unused));
        output.WriteLine($"{declaredKgo.Count} kgo: terms declared, all used");
    }

    [Fact]
    public void Every_declared_term_has_a_label_and_reused_terms_name_their_source()
    {
        var quads = OntologyFiles.Ontology;
        foreach (var term in Declared())
        {
            Assert.Contains(quads, q => q.Subject.Equals(term) && (q.Predicate.Equals(Rdfs.Label) || q.Predicate.Equals(Skos.PrefLabel)));
            if (term.Value.StartsWith(Kgo.Namespace, StringComparison.Ordinal))
            {
                Assert.Contains(quads, q => q.Subject.Equals(term) && (q.Predicate.Equals(Rdfs.Comment) || q.Predicate.Equals(Skos.InScheme)));
            }
            else if (!term.Value.StartsWith("https://w3id.org/knowledgegraph/ontology", StringComparison.Ordinal))
            {
                Assert.Contains(quads, q => q.Subject.Equals(term) && q.Predicate.Equals(IsDefinedBy));
            }
        }
    }

    [Fact]
    public void Concept_labels_written_by_the_mapper_match_the_ontology()
    {
        var graph = new FactMapper().Map(GoldFixture.Load("seed"));
        var ontology = OntologyFiles.Ontology.ToHashSet();
        foreach (var q in graph.Quads.Where(q => q.Subject is Iri s && s.Value.StartsWith(Kgo.Namespace, StringComparison.Ordinal)))
        {
            Assert.Contains(q with { Graph = DefaultGraph.Instance }, ontology);
        }
    }

    [Fact]
    public void Ontology_and_shapes_parse_with_rapper()
    {
        string? rapper = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "rapper")).FirstOrDefault(File.Exists);
        if (rapper is null)
        {
            string note = "rapper (raptor2-utils) is not on PATH; the Turtle check with rapper did not run";
            output.WriteLine(note);
            Console.WriteLine(note);
            return;
        }

        foreach (string file in new[] { RepositoryPaths.Ontology, RepositoryPaths.Shapes })
        {
            var psi = new ProcessStartInfo(rapper, ["-i", "turtle", "-c", file]) { RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(psi)!;
            string stderr = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            output.WriteLine(stderr);
            Console.WriteLine($"rapper {Path.GetFileName(file)}: {stderr.Trim().Split('\n')[^1]}");
            Assert.True(process.ExitCode == 0, stderr);
            Assert.Contains("returned", stderr, StringComparison.Ordinal);
        }
    }
}
