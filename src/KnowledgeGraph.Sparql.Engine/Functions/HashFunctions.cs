using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Engine.Expressions;

namespace KnowledgeGraph.Sparql.Engine.Functions;

/// <summary>Hash functions (section 17.4.6) and UUID/STRUUID.</summary>
internal static class HashFunctions
{
    public static Term? Hash(string algorithm, Term? a)
    {
        if (!Operators.IsStringLiteral(a))
        {
            return null;
        }

        byte[] data = Encoding.UTF8.GetBytes(((Literal)a!).Value);
        byte[] hash = algorithm switch
        {
            "MD5" => MD5.HashData(data),
            "SHA1" => SHA1.HashData(data),
            "SHA256" => SHA256.HashData(data),
            "SHA384" => SHA384.HashData(data),
            _ => SHA512.HashData(data),
        };
        return Literal.Create(Convert.ToHexStringLower(hash));
    }

    public static Term Uuid() => Iri.Unchecked("urn:uuid:" + Guid.NewGuid().ToString("D"));

    public static Term StrUuid() => Literal.Create(Guid.NewGuid().ToString("D"));
}
