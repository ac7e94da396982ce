namespace KnowledgeGraph.PropertyGraph;

/// <summary>
/// The value of one property: one item, or several for an array property. Items are <see cref="string"/>
/// (also for <see cref="PropertyType.Date"/> and <see cref="PropertyType.DateTime"/>, in ISO form),
/// <see cref="long"/>, <see cref="double"/> or <see cref="bool"/>, as <see cref="Type"/> says.
/// </summary>
public sealed class PropertyValue
{
    public PropertyValue(PropertyType type, bool isArray, IReadOnlyList<object> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!isArray && items.Count != 1)
        {
            throw new ArgumentException("A scalar property has exactly one item.", nameof(items));
        }

        Type = type;
        IsArray = isArray;
        Items = items;
    }

    public PropertyType Type { get; }

    /// <summary>Whether the key holds an array (for every node that has it, even with one item).</summary>
    public bool IsArray { get; }

    public IReadOnlyList<object> Items { get; }

    public override string ToString() =>
        IsArray ? "[" + string.Join(", ", Items.Select(Format)) + "]" : Format(Items[0]);

    private static string Format(object item) => item is string s ? "'" + s + "'" : Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
