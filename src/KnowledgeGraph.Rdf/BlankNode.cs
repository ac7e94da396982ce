namespace KnowledgeGraph.Rdf;

/// <summary>A blank node, identified by a label that is only meaningful inside one document or store.</summary>
public sealed class BlankNode : Term
{
    private static long s_counter;

    public BlankNode(string label) : base(HashCode.Combine(TermKind.BlankNode, StringComparer.Ordinal.GetHashCode(label)))
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    /// <summary>The label, without the <c>_:</c> prefix.</summary>
    public string Label { get; }

    public override TermKind Kind => TermKind.BlankNode;

    /// <summary>A blank node with a process-unique label.</summary>
    public static BlankNode CreateUnique() => new("b" + Interlocked.Increment(ref s_counter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other) || (other is BlankNode o && _hash == o._hash && string.Equals(Label, o.Label, StringComparison.Ordinal));

    public override string ToString() => "_:" + Label;
}
