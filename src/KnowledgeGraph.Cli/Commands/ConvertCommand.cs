using System.CommandLine;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg convert</c>: reads RDF in one syntax and writes it in another.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "Input file, or - for standard input." };
        var from = new Option<string?>("--from", "-f") { Description = "Input format: ntriples, nquads, turtle, trig, rdfxml (default: from the file extension)." };
        var to = new Option<string?>("--to", "-t") { Description = "Output format: ntriples, nquads, turtle, trig, jsonld (default: from the output extension, else N-Triples or N-Quads)." };
        var baseIri = new Option<string?>("--base", "-b") { Description = "Base IRI for relative IRIs (default: the input file's URI)." };
        var output = new Option<string?>("--output", "-o") { Description = "Output file, or - for standard output (the default)." };
        var command = new Command("convert", "Convert RDF between N-Triples, N-Quads, Turtle, TriG, JSON-LD (output) and RDF/XML (input).\n\n" +
            "Examples:\n" +
            "  kg convert data.ttl --to nquads -o data.nq\n" +
            "  kg convert dump.trig -o dump.jsonld\n" +
            "  curl -s https://example.org/data.rdf | kg convert - --from rdfxml --base https://example.org/ --to turtle");
        command.Arguments.Add(input);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(baseIri);
        command.Options.Add(output);
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(from),
            parse.GetValue(to),
            parse.GetValue(baseIri),
            parse.GetValue(output)));
        return command;
    }

    private static int Run(string input, string? fromName, string? toName, string? baseIri, string? output)
    {
        bool stdin = input == "-";
        bool stdout = output is null or "-";
        RdfFormat inFormat;
        if (fromName is not null)
        {
            if (!RdfFormats.TryParseName(fromName, out inFormat))
            {
                return Usage($"unknown input format '{fromName}'");
            }
        }
        else if (stdin || !RdfFormats.TryGuessFromPath(input, out inFormat))
        {
            return Usage($"cannot tell the format of '{input}'; use --from");
        }

        if (inFormat == RdfFormat.JsonLd)
        {
            return Usage("reading JSON-LD is not supported; input formats are ntriples, nquads, turtle, trig, rdfxml");
        }

        RdfFormat outFormat;
        if (toName is not null)
        {
            if (!RdfFormats.TryParseName(toName, out outFormat))
            {
                return Usage($"unknown output format '{toName}'");
            }
        }
        else if (stdout || !RdfFormats.TryGuessFromPath(output!, out outFormat))
        {
            outFormat = RdfFormats.SupportsNamedGraphs(inFormat) ? RdfFormat.NQuads : RdfFormat.NTriples;
        }

        if (outFormat == RdfFormat.RdfXml)
        {
            return Usage("writing RDF/XML is not supported; output formats are ntriples, nquads, turtle, trig, jsonld");
        }

        if (baseIri is not null && !IriResolver.HasScheme(baseIri))
        {
            return Usage($"--base must be an absolute IRI: '{baseIri}'");
        }

        if (!stdin && !File.Exists(input))
        {
            Console.Error.WriteLine($"kg convert: {input}: no such file");
            return ExitCodes.InputError;
        }

        string sourceName = stdin ? "<stdin>" : input;
        var options = new RdfReaderOptions
        {
            BaseIri = baseIri ?? (stdin ? null : new Uri(Path.GetFullPath(input)).AbsoluteUri),
            SourceName = sourceName,
            BlankNodeScope = BlankNodeScope.Preserve,
        };
        try
        {
            using var inStream = stdin ? Console.OpenStandardInput() : File.OpenRead(input);
            using var outStream = stdout ? Console.OpenStandardOutput() : File.Create(output!);
            using var writer = new StreamWriter(outStream, new UTF8Encoding(false), 1 << 16);
            var reader = RdfFormats.CreateReader(inFormat, options);
            Convert(reader, reader.Read(inStream), outFormat, writer);
            return ExitCodes.Success;
        }
        catch (RdfSyntaxException e)
        {
            Console.Error.WriteLine(e.Message);
            DeletePartialOutput(stdout, output);
            return ExitCodes.InputError;
        }
        catch (ArgumentException e)
        {
            // A writer refused a quad (a named graph for a triples-only syntax, a triple term for JSON-LD).
            Console.Error.WriteLine($"{sourceName}: {e.Message}");
            DeletePartialOutput(stdout, output);
            return ExitCodes.InputError;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"kg convert: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"kg convert: {e.Message}");
            return ExitCodes.InputError;
        }
    }

    private static void Convert(IRdfReader reader, IEnumerable<Quad> quads, RdfFormat outFormat, TextWriter text)
    {
        if (outFormat is RdfFormat.NTriples or RdfFormat.NQuads)
        {
            // Line-based output streams: memory stays flat whatever the input size.
            using var lineWriter = RdfFormats.CreateWriter(outFormat, text);
            foreach (var quad in quads)
            {
                lineWriter.Write(quad);
            }

            return;
        }

        // Turtle, TriG and JSON-LD group by subject, so the input is read completely first; the prefixes it
        // declared are then known and reused.
        var all = quads.ToList();
        var prefixes = reader.Prefixes.Entries.Count > 0 ? reader.Prefixes : PrefixMap.CreateWellKnown();
        using var writer = RdfFormats.CreateWriter(outFormat, text, prefixes);
        foreach (var quad in all)
        {
            writer.Write(quad);
        }
    }

    private static void DeletePartialOutput(bool stdout, string? output)
    {
        if (!stdout && output is not null && File.Exists(output))
        {
            File.Delete(output);
        }
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine("kg convert: " + message);
        return ExitCodes.UsageError;
    }
}
