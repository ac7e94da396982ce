namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>How blank nodes in the triples being parsed are treated.</summary>
internal enum BlankNodeMode
{
    /// <summary>In a WHERE pattern: blank nodes are non-distinguished variables.</summary>
    Variable,

    /// <summary>In a CONSTRUCT or INSERT template or INSERT DATA: blank nodes are fresh per solution.</summary>
    Template,

    /// <summary>In DELETE templates, DELETE DATA and DELETE WHERE: blank nodes are not allowed.</summary>
    Forbidden,
}
