namespace KnowledgeGraph.Rdf.Formats;

/// <summary>How a reader turns blank node labels into <see cref="BlankNode"/> terms.</summary>
public enum BlankNodeScope
{
    /// <summary>
    /// Labels are local to one document: every <c>Read</c> call maps them to fresh, process-unique blank nodes, so
    /// <c>_:b1</c> in two files (or in two reads of one file) are different nodes. The safe choice for loading.
    /// </summary>
    Document,

    /// <summary>Labels are kept as written (useful for conversion and debugging); anonymous nodes get generated labels.</summary>
    Preserve,
}
