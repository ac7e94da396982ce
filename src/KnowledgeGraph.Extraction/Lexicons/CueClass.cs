namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>How a speech cue relates to its content.</summary>
internal enum CueClass
{
    /// <summary>The cue takes a reported clause ("said that ...").</summary>
    Clause,

    /// <summary>The cue's object is the content ("urged X to ...", "called for ...").</summary>
    Object,

    /// <summary>Only quoted fragments in the cue's scope are content ("criticised X as "...").</summary>
    Fragment,

    /// <summary>Reports only with "that" ("found that ...", "ruled that ..."); otherwise the verb's own sense.</summary>
    ThatClause,
}
