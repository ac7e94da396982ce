namespace KnowledgeGraph.Rdf;

/// <summary>
/// A quad source whose lookups of a bound pattern cost many times a row read in a scan (a store on disk seeks
/// through its indexes for each one). The SPARQL engine then joins a pattern that many rows would look up by
/// reading it once into a hash table, when that reads fewer rows than the lookups would cost.
/// </summary>
public interface ISeekCostSource
{
    /// <summary>Roughly how many rows of a scan one lookup of a bound pattern costs.</summary>
    double SeekCostInRows { get; }
}
