package jsa.cli;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import jsa.ExitStatus;
import jsa.resume.TemplateSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the resume templates.")
final class TemplateListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or md.")
    OutputFormat format;

    @Override
    public Integer call() {
        List<TemplateSummary> templates = AppContext.of(spec).templates().list();
        RowPrinter.print(
                spec.commandLine().getOut(),
                format,
                List.of("ID", "NAME", "ROLE", "LEVEL", "SPECIALIZATION", "ROLES (MAX BULLETS)"),
                templates.stream()
                        .map(t -> List.of(
                                Long.toString(t.id()),
                                t.name(),
                                t.targetRole(),
                                Objects.requireNonNullElse(t.targetLevel(), "-"),
                                Objects.requireNonNullElse(t.targetSpecialization(), "-"),
                                t.roles().stream()
                                        .map(r -> r.experience() + " (" + r.maxBulletCount() + ")")
                                        .collect(Collectors.joining(", "))))
                        .toList(),
                templates);
        return ExitStatus.OK.code();
    }
}
