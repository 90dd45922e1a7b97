package jsa.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.db.IntegrityReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Run SQLite's integrity_check and foreign_key_check; exit 1 when either finds a problem.")
final class DbCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IntegrityReport report = AppContext.of(spec).maintenance().check();
        PrintWriter out = spec.commandLine().getOut();
        out.println("integrity_check: " + (report.integrityProblems().isEmpty() ? "ok" : "FAILED"));
        report.integrityProblems().forEach(problem -> out.println("  " + problem));
        out.println("foreign_key_check: " + (report.foreignKeyViolations().isEmpty() ? "ok" : "FAILED"));
        report.foreignKeyViolations().forEach(violation -> out.println("  " + violation));
        if (!report.ok()) {
            throw new JsaException(
                    "the database failed its checks",
                    "restore a backup made with 'jsa db backup', or copy out what you need",
                    ExitStatus.FAILURE);
        }
        return ExitStatus.OK.code();
    }
}
