using KnowledgeGraph.Mapping.Tests.Fixtures;
using KnowledgeGraph.Mapping.Validation;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Tests.Validation;

/// <summary>SHACL Core features on small shapes and data, one constraint family per test.</summary>
public sealed class ShaclValidatorTests
{
    private const string Prefixes = """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix ex: <http://example.org/> .

        """;

    private static ValidationReport Run(string shapes, string data) =>
        new ShaclValidator(Turtle.Read(Prefixes + shapes)).Validate(Turtle.Read(Prefixes + data));

    private static Iri Ex(string local) => Iri.Unchecked("http://example.org/" + local);

    [Fact]
    public void Target_class_follows_subclasses_from_the_data_or_ontology()
    {
        const string Shapes = "ex:S a sh:NodeShape ; sh:targetClass ex:Animal ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .";
        var report = Run(Shapes, "ex:Dog rdfs:subClassOf ex:Animal . ex:rex a ex:Dog . ex:tom a ex:Animal ; ex:name \"Tom\" .");
        var r = Assert.Single(report.Results);
        Assert.Equal(Ex("rex"), r.FocusNode);
        Assert.Equal(Ex("S"), r.NamedShape);

        var ontology = Turtle.Read(Prefixes + "ex:Dog rdfs:subClassOf ex:Animal .");
        var withOntology = new ShaclValidator(Turtle.Read(Prefixes + Shapes), ontology).Validate(Turtle.Read(Prefixes + "ex:rex a ex:Dog ."));
        Assert.Equal(Ex("rex"), Assert.Single(withOntology.Results).FocusNode);
    }

    [Fact]
    public void Target_node_subjects_of_and_objects_of_select_focus_nodes()
    {
        var report = Run(
            """
            ex:A sh:targetNode ex:x ; sh:class ex:C .
            ex:B sh:targetSubjectsOf ex:knows ; sh:class ex:Person .
            ex:D sh:targetObjectsOf ex:knows ; sh:nodeKind sh:IRI .
            """,
            "ex:p ex:knows ex:q , \"lit\" . ex:p a ex:Person .");
        Assert.Contains(report.Results, r => r.FocusNode.Equals(Ex("x")) && r.NamedShape.Equals(Ex("A")));
        Assert.Contains(report.Results, r => r.FocusNode.Equals(Literal.Create("lit")) && r.NamedShape.Equals(Ex("D")));
        Assert.DoesNotContain(report.Results, r => r.NamedShape.Equals(Ex("B")));
        Assert.Equal(2, report.Results.Count);
    }

    [Fact]
    public void Paths_inverse_sequence_alternative_and_repetition()
    {
        const string Shapes = """
            ex:S sh:targetNode ex:a ;
              sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 2 ] ;
              sh:property [ sh:path ( ex:p ex:q ) ; sh:hasValue ex:z ] ;
              sh:property [ sh:path [ sh:alternativePath ( ex:p ex:q ) ] ; sh:minCount 2 ] ;
              sh:property [ sh:path [ sh:zeroOrMorePath ex:next ] ; sh:minCount 3 ] ;
              sh:property [ sh:path [ sh:oneOrMorePath ex:next ] ; sh:maxCount 2 ] ;
              sh:property [ sh:path [ sh:zeroOrOnePath ex:next ] ; sh:minCount 2 ; sh:maxCount 2 ] .
            """;
        var ok = Run(Shapes, "ex:u ex:p ex:a . ex:v ex:p ex:a . ex:a ex:p ex:b . ex:b ex:q ex:z . ex:a ex:q ex:c . ex:a ex:next ex:n1 . ex:n1 ex:next ex:n2 .");
        Assert.True(ok.Conforms, ok.ToString());
        var bad = Run(Shapes, "ex:a ex:p ex:b . ex:a ex:next ex:n1 . ex:n1 ex:next ex:n2 . ex:n2 ex:next ex:n3 .");
        var paths = bad.Results.Select(r => r.Path).ToHashSet();
        Assert.Contains("^<http://example.org/p>", paths);
        Assert.Contains("(<http://example.org/p>/<http://example.org/q>)", paths);
        Assert.Contains("(<http://example.org/p>|<http://example.org/q>)", paths);
        Assert.Contains("<http://example.org/next>+", paths);
        Assert.DoesNotContain("<http://example.org/next>*", paths);
        Assert.DoesNotContain("<http://example.org/next>?", paths);
    }

    [Fact]
    public void Value_range_length_pattern_and_datatype()
    {
        const string Shapes = """
            ex:S sh:targetNode ex:a ;
              sh:property [ sh:path ex:n ; sh:datatype xsd:integer ; sh:minExclusive 0 ; sh:maxExclusive 10 ] ;
              sh:property [ sh:path ex:s ; sh:minLength 2 ; sh:maxLength 3 ; sh:pattern "^ab" ; sh:flags "i" ] ;
              sh:property [ sh:path ex:d ; sh:datatype xsd:date ; sh:minInclusive "2000-01-01"^^xsd:date ] .
            """;
        Assert.True(Run(Shapes, "ex:a ex:n 5 ; ex:s \"AbC\" ; ex:d \"2023-09-21\"^^xsd:date .").Conforms);
        var bad = Run(Shapes, "ex:a ex:n 10 , \"x\"^^xsd:integer ; ex:s \"b\" , \"abcd\" ; ex:d \"1999-12-31\"^^xsd:date , \"2023-02-30\"^^xsd:date .");
        var components = bad.Results.Select(r => r.SourceConstraintComponent.Value.Split('#')[1]).ToList();
        Assert.Contains("MaxExclusiveConstraintComponent", components);
        Assert.Contains("DatatypeConstraintComponent", components);
        Assert.Contains("MinLengthConstraintComponent", components);
        Assert.Contains("MaxLengthConstraintComponent", components);
        Assert.Contains("PatternConstraintComponent", components);
        Assert.Contains("MinInclusiveConstraintComponent", components);
        Assert.Contains(bad.Results, r => r.Value is Literal { Value: "2023-02-30" });
    }

    [Fact]
    public void Logical_constraints_and_or_not_xone()
    {
        const string Shapes = """
            ex:HasName sh:property [ sh:path ex:name ; sh:minCount 1 ] .
            ex:HasId sh:property [ sh:path ex:id ; sh:minCount 1 ] .
            ex:S sh:targetClass ex:T ;
              sh:or ( ex:HasName ex:HasId ) ;
              sh:xone ( ex:HasName ex:HasId ) ;
              sh:not [ sh:class ex:Forbidden ] ;
              sh:and ( [ sh:nodeKind sh:IRI ] [ sh:class ex:T ] ) .
            """;
        var report = Run(Shapes, """
            ex:ok a ex:T ; ex:name "n" .
            ex:none a ex:T .
            ex:both a ex:T ; ex:name "n" ; ex:id "i" .
            ex:bad a ex:T , ex:Forbidden ; ex:id "i" .
            """);
        string Of(string node) => string.Join(",", report.Results.Where(r => r.FocusNode.Equals(Ex(node)))
            .Select(r => r.SourceConstraintComponent.Value.Split('#')[1].Replace("ConstraintComponent", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal("", Of("ok"));
        Assert.Equal("Or,Xone", Of("none"));
        Assert.Equal("Xone", Of("both"));
        Assert.Equal("Not", Of("bad"));
    }

    [Fact]
    public void Property_pair_constraints()
    {
        const string Shapes = """
            ex:S sh:targetNode ex:a ;
              sh:property [ sh:path ex:start ; sh:lessThanOrEquals ex:end ; sh:disjoint ex:other ] ;
              sh:property [ sh:path ex:x ; sh:equals ex:y ] .
            """;
        Assert.True(Run(Shapes, "ex:a ex:start 3 ; ex:end 3 ; ex:other 4 ; ex:x ex:v ; ex:y ex:v .").Conforms);
        var bad = Run(Shapes, "ex:a ex:start 5 ; ex:end 3 ; ex:other 5 ; ex:x ex:v ; ex:y ex:w .");
        var components = bad.Results.Select(r => r.SourceConstraintComponent.Value.Split('#')[1]).ToList();
        Assert.Contains("LessThanOrEqualsConstraintComponent", components);
        Assert.Contains("DisjointConstraintComponent", components);
        Assert.Equal(2, components.Count(c => c == "EqualsConstraintComponent"));
    }

    [Fact]
    public void Message_severity_in_and_deactivated_shapes()
    {
        var report = Run(
            """
            ex:S sh:targetNode ex:a ; sh:severity sh:Warning ; sh:message "colour must be primary" ;
              sh:property [ sh:path ex:colour ; sh:in ( ex:red ex:green ex:blue ) ; sh:message "not a primary colour" ; sh:severity sh:Warning ] .
            ex:Off sh:targetNode ex:a ; sh:deactivated true ; sh:class ex:Never .
            """,
            "ex:a ex:colour ex:pink .");
        var r = Assert.Single(report.Results);
        Assert.Equal("not a primary colour", r.Message);
        Assert.Equal("http://www.w3.org/ns/shacl#Warning", r.Severity.Value);
        Assert.Equal(Ex("pink"), r.Value);
        Assert.False(report.Conforms);
    }

    [Fact]
    public void Recursive_shapes_terminate_and_node_references_nest()
    {
        const string Shapes = """
            ex:PersonShape sh:targetClass ex:Person ;
              sh:property [ sh:path ex:knows ; sh:node ex:PersonShape ] ;
              sh:property [ sh:path ex:name ; sh:minCount 1 ] .
            """;
        var report = Run(Shapes, "ex:a a ex:Person ; ex:name \"A\" ; ex:knows ex:b . ex:b a ex:Person ; ex:name \"B\" .");
        Assert.True(report.Conforms, report.ToString());
        var bad = Run(Shapes, "ex:a a ex:Person ; ex:name \"A\" ; ex:knows ex:c . ex:c ex:knows ex:a .");
        var r = Assert.Single(bad.Results);
        Assert.Equal(Ex("a"), r.FocusNode);
        Assert.Equal(Ex("c"), r.Value);
        Assert.Equal("<http://example.org/knows>", r.Path);
    }

    [Fact]
    public void Union_of_graphs_counts_a_triple_held_by_two_graphs_once()
    {
        var shapes = Turtle.Read(Prefixes + "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:name ; sh:maxCount 1 ] .");
        var store = new InMemoryDataset();
        var triple = new Triple(Ex("a"), Ex("name"), Literal.Create("A"));
        store.Add(triple.InGraph(Ex("g1")));
        store.Add(triple.InGraph(Ex("g2")));
        var validator = new ShaclValidator(shapes);
        Assert.True(validator.Validate(store).Conforms);
        store.Add(new Quad(Ex("a"), Ex("name"), Literal.Create("B"), Ex("g2")));
        Assert.True(validator.Validate(store, Ex("g1")).Conforms);
        Assert.False(validator.Validate(store).Conforms);
    }

    [Fact]
    public void Report_can_be_written_as_a_shacl_results_graph()
    {
        var report = Run("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .", "ex:a ex:other 1 .");
        var quads = report.ToQuads().ToList();
        var sh = "http://www.w3.org/ns/shacl#";
        Assert.Contains(quads, q => q.Predicate.Equals(Iri.Unchecked(sh + "conforms")) && q.Obj.Equals(Literal.Boolean(false)));
        Assert.Contains(quads, q => q.Predicate.Equals(Iri.Unchecked(sh + "focusNode")) && q.Obj.Equals(Ex("a")));
        Assert.Contains(quads, q => q.Predicate.Equals(Iri.Unchecked(sh + "resultPath")) && q.Obj.Equals(Ex("name")));
        Assert.Contains(quads, q => q.Predicate.Equals(Iri.Unchecked(sh + "sourceConstraintComponent"))
            && q.Obj.Equals(Iri.Unchecked(sh + "MinCountConstraintComponent")));
        Assert.Equal(2, new ValidationReport([]).ToQuads().Count());
    }
}
