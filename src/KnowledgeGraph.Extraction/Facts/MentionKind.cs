namespace KnowledgeGraph.Extraction.Facts;

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>A proper name or alias ("Ilham Aliyev", "Karabakh", "Azeri").</summary>
    Name,

    /// <summary>A description ("the breakaway region", "an Azeri presidential adviser").</summary>
    Nominal,

    /// <summary>A pronoun ("he", "its").</summary>
    Pronoun,

    /// <summary>A place standing for its government ("Baku").</summary>
    Metonym,

    /// <summary>A capitalised title standing for its holder ("the Foreign Secretary").</summary>
    Title,
}
