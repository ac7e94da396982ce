namespace KnowledgeGraph.Extraction.Facts;

/// <summary>How a party stands to a place.</summary>
public enum ControlStatus
{
    Controls,
    Claims,
    Captured,
    Lost,
    Recaptured,
    DeFacto,
    Besieges,

    /// <summary>The place is (recognised as) part of the party, a state.</summary>
    PartOf,
}
