package jsa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.render.TemplateDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Copy the built-in resume templates into DIR for editing.",
            "Writes html/base.ftlh (static content and blocks), html/engineer.ftlh, html/analyst.ftlh,"
                    + " css/standard.css and css/compact.css, and prints their paths. Render with the copy with"
                    + " 'jsa render-pdf --templates DIR', or 'jsa config set templates.dir DIR' for every run."
        })
final class TemplateInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Where to write them; created when missing.")
    Path dir;

    @Option(names = "--force", description = "Overwrite template files that are there.")
    boolean force;

    @Override
    public Integer call() {
        TemplateDirectory.init(dir, force).forEach(spec.commandLine().getOut()::println);
        spec.commandLine()
                .getErr()
                .println("jsa: edit them, then render with 'jsa render-pdf --templates " + dir + " --job ID'");
        return ExitStatus.OK.code();
    }
}
