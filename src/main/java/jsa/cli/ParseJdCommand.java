package jsa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.FileProblems;
import jsa.JsaException;
import jsa.jd.JdRequest;
import jsa.jd.JdText;
import jsa.jd.ParsedJd;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "parse-jd",
        mixinStandardHelpOptions = true,
        description = {
            "Parse a job description into metadata and requirements.",
            "Prints the parse as JSON and stores it as a tracked job (its id on stderr); the same"
                    + " posting parsed again updates its job."
        })
final class ParseJdCommand implements Callable<Integer> {
    // UTF-8 takes at most four bytes a character
    private static final int LIMIT_BYTES = JdText.MAX_CHARS * 4 + 4;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The posting: text, Markdown or HTML; - reads stdin.")
    String file;

    @Option(names = "--company", paramLabel = "NAME", description = "The employer, when the text lacks it.")
    String company;

    @Option(names = "--title", paramLabel = "TITLE", description = "The job title, when the text lacks it.")
    String title;

    @Option(names = "--url", paramLabel = "URL", description = "The posting's address.")
    String url;

    @Option(
            names = "--external-id",
            paramLabel = "ID",
            description = "The company's id of the posting (requisition number).")
    String externalId;

    @Option(names = "--no-save", description = "Only parse and print; store nothing.")
    boolean noSave;

    @Mixin
    LlmOptions llm;

    @Override
    public Integer call() {
        AppContext context = AppContext.of(spec);
        Path name = file.equals("-") ? null : Path.of(file).getFileName();
        String source = file.equals("-") ? "stdin" : name == null ? file : name.toString();
        ParsedJd parsed = context.jd(llm)
                .parse(new JdRequest(read(context), company, title, url, externalId, source, null, !noSave));
        StructuredOutput.json(spec.commandLine().getOut(), parsed.model());
        ProviderNotes.print(
                spec.commandLine().getErr(),
                parsed.provider(),
                parsed.modelName(),
                parsed.costUsd(),
                context.providerIsAutomatic(llm));
        if (parsed.notSaved() != null) {
            throw parsed.notSaved();
        }
        if (parsed.jobId() != null) {
            spec.commandLine()
                    .getErr()
                    .println("jsa: " + (parsed.updated() ? "updated" : "saved") + " job " + parsed.jobId());
        }
        return ExitStatus.OK.code();
    }

    // Reads past the limit, so that an over-long text is refused rather than cut.
    private String read(AppContext context) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            byte[] bytes;
            if (file.equals("-")) {
                if (System.console() != null) {
                    err.println("jsa: reading the job description from stdin; end it with Ctrl-D");
                }
                bytes = context.stdin().readNBytes(LIMIT_BYTES);
            } else {
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    bytes = in.readNBytes(LIMIT_BYTES);
                }
            }
            return InputText.decode(bytes, file.equals("-") ? "stdin" : file, w -> err.println("jsa: warning: " + w));
        } catch (IOException e) {
            throw JsaException.usage(
                    "cannot read " + file + " (" + FileProblems.describe(e) + ")",
                    "pass a readable file, or - for stdin");
        }
    }
}
