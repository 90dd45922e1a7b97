package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.jd.JdRequest;
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
        String text = JdInput.read(file, context, spec.commandLine().getErr());
        ParsedJd parsed = context.jd(llm)
                .parse(new JdRequest(text, company, title, url, externalId, JdInput.source(file), null, !noSave));
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
}
