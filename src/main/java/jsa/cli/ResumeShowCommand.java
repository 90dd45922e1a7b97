package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.resume.Resume;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Show a resume as it renders: your wording in place of the generated text, excluded bullets and"
                    + " skills left out, facts the profile does not state flagged ⚑.",
            "A line naming its job, version, template and model goes to stderr, so stdout is the resume alone."
        })
final class ResumeShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The resume's id ('jsa resume list').")
    long id;

    @Option(names = "--ids", description = "Show bullet and skills ids, for 'jsa resume bullet' and 'skills'.")
    boolean ids;

    @Option(names = "--all", description = "Show excluded bullets and skills categories too, marked ✗.")
    boolean all;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text (default) or json: the stored resume, every bullet with its generated text,"
                    + " override, exclusion and flags.")
    Format format;

    /** How the resume is printed; an enum so that picocli rejects any other value. */
    enum Format {
        text,
        json
    }

    @Override
    public Integer call() {
        AppContext context = AppContext.of(spec);
        Resume resume = context.resumes().show(id);
        if (format == Format.json) {
            StructuredOutput.json(spec.commandLine().getOut(), resume);
            return ExitStatus.OK.code();
        }
        String text = new ResumePrinter(context.profiles(), ids, all).text(resume);
        spec.commandLine().getErr().println("jsa: " + ResumePrinter.header(resume.summary()));
        spec.commandLine().getOut().print(text);
        return ExitStatus.OK.code();
    }
}
