package jsa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jsa.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
        name = "jsa",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        // fixed, because a run of the root's own options builds no subcommands
        customSynopsis = "jsa [-hvV] [--no-color] [--db=PATH] COMMAND [ARGS...]",
        description = "Job search automation: find postings on career sites, tailor resumes to job "
                + "descriptions, track applications and prepare interviews. Local-first: your data "
                + "stays in one SQLite file.",
        footerHeading = "%n",
        footer = "See 'jsa help <command>' or 'jsa <command> --help' for a command's options.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:failure: not found, or a precondition was not met",
            "2:usage: invalid options, arguments or input content",
            "3:unavailable: a remote service failed, or a batch partly failed (the rest was saved)",
            "4:internal error (a bug: run with --verbose and report it)"
        })
final class JsaCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--db",
            paramLabel = "PATH",
            scope = ScopeType.INHERIT,
            description = "Database file (default: $JSA_DB, config db.path, or $JSA_HOME/jsa.db).")
    Path database;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Show stack traces and more detail on errors.")
    boolean verbose;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Never colour output (also: NO_COLOR).")
    boolean noColor;

    JsaCommand(AppContext context) {
        this.context = context;
    }

    AppContext context() {
        return context;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.USAGE.code();
    }
}
