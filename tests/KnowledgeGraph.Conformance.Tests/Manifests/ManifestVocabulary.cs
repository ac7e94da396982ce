using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Conformance.Tests.Manifests;

/// <summary>IRIs of the W3C test manifest vocabularies (mf:, qt:, ut:, rdft:).</summary>
public static class ManifestVocabulary
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    public const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    public const string Rdft = "http://www.w3.org/ns/rdftest#";
    public const string Dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";

    public static readonly Iri Manifest = Iri.Unchecked(Mf + "Manifest");
    public static readonly Iri Entries = Iri.Unchecked(Mf + "entries");
    public static readonly Iri Include = Iri.Unchecked(Mf + "include");
    public static readonly Iri Name = Iri.Unchecked(Mf + "name");
    public static readonly Iri Action = Iri.Unchecked(Mf + "action");
    public static readonly Iri Result = Iri.Unchecked(Mf + "result");
    public static readonly Iri Requires = Iri.Unchecked(Mf + "requires");
    public static readonly Iri AssumedTestBase = Iri.Unchecked(Mf + "assumedTestBase");
    public static readonly Iri Comment = Iri.Unchecked(Rdfs + "comment");
    public static readonly Iri Label = Iri.Unchecked(Rdfs + "label");
    public static readonly Iri RdftApproval = Iri.Unchecked(Rdft + "approval");
    public static readonly Iri DawgtApproval = Iri.Unchecked(Dawgt + "approval");
}
