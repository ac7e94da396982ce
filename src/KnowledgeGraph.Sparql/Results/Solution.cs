using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>One solution: a value (or null when unbound) for each variable of the result.</summary>
public sealed class Solution
{
    private readonly Term?[] _values;

    public Solution(IReadOnlyList<string> variables, Term?[] values)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != variables.Count)
        {
            throw new ArgumentException("One value per variable is required.", nameof(values));
        }

        Variables = variables;
        _values = values;
    }

    /// <summary>The variables of the result, in order (names without <c>?</c>).</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The value of the variable at <paramref name="index"/>, or null when unbound.</summary>
    public Term? this[int index] => _values[index];

    /// <summary>The value of a variable, or null when it is unbound or not a variable of the result.</summary>
    public Term? this[string variable]
    {
        get
        {
            for (int k = 0; k < Variables.Count; k++)
            {
                if (string.Equals(Variables[k], variable, StringComparison.Ordinal))
                {
                    return _values[k];
                }
            }

            return null;
        }
    }

    /// <summary>The bound variables and their values.</summary>
    public IEnumerable<KeyValuePair<string, Term>> Bindings
    {
        get
        {
            for (int k = 0; k < Variables.Count; k++)
            {
                if (_values[k] is { } v)
                {
                    yield return new KeyValuePair<string, Term>(Variables[k], v);
                }
            }
        }
    }

    public override string ToString() => string.Join(" ", Bindings.Select(b => "?" + b.Key + "=" + b.Value));
}
