using KnowledgeGraph.Mapping.Iris;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Mappers;

/// <summary>An entity as facts refer to it: its node, key and the name it is described by.</summary>
internal sealed record EntityRef(Iri Iri, EntityKey Key, string Name);
