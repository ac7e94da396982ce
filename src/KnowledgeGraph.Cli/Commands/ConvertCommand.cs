using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg convert</c>: reads RDF in one syntax and writes it in another.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "Input file, or - for standard input." };
        var command = new Command("convert", "Convert RDF between N-Triples, N-Quads, Turtle, TriG and JSON-LD.");
        command.Arguments.Add(input);
        command.SetAction(parse =>
        {
            Console.Error.WriteLine("kg convert: the RDF syntaxes are not built yet.");
            return ExitCodes.Failure;
        });
        return command;
    }
}
