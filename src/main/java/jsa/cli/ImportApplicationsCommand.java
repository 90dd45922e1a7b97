package jsa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.FileProblems;
import jsa.JsaException;
import jsa.tracker.ApplicationCsv;
import jsa.tracker.ApplicationImportReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "applications",
        mixinStandardHelpOptions = true,
        description = {
            "Import an application history from a spreadsheet's CSV: one application a line, with its status and"
                    + " outcome.",
            "Columns (header line, any order): company, listing_job_title and applied_date required; role,"
                    + " specialization, level, location, work_setting, min_experience_years, min_salary, max_salary,"
                    + " source, external_job_id, status (callback, rejected, closed; empty = no response),"
                    + " status_date, outcome (offer, rejected, failed, ghosted, withdrew), outcome_date.",
            "Importing again changes nothing: the same company and external id, or the same company, title and"
                    + " applied date, is the same application. Each bad line is reported with its number; then"
                    + " nothing is imported, unless --skip-bad (exit 3 when some were skipped)."
        })
final class ImportApplicationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file (UTF-8).")
    Path file;

    @Option(names = "--skip-bad", description = "Import the good lines when some are bad.")
    boolean skipBad;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ApplicationImportReport report =
                AppContext.of(spec).applicationImport().importCsv(read(err), file.toString(), skipBad);
        report.bad().forEach(bad -> err.println("jsa: " + file + ":" + bad.line() + ": " + bad.reason()));
        if (!report.written()) {
            throw JsaException.usage(
                    report.bad().size() + " bad line(s) in " + file + "; nothing was imported",
                    "fix them, or pass --skip-bad to import the rest");
        }
        spec.commandLine()
                .getOut()
                .println("added " + report.added() + ", updated " + report.updated() + ", unchanged "
                        + report.unchanged()
                        + (report.bad().isEmpty()
                                ? ""
                                : ", skipped " + report.bad().size()));
        return report.bad().isEmpty() ? ExitStatus.OK.code() : ExitStatus.UNAVAILABLE.code();
    }

    private String read(PrintWriter err) {
        try {
            return InputText.decode(Files.readAllBytes(file), file.toString(), w -> err.println("jsa: warning: " + w));
        } catch (IOException e) {
            throw JsaException.usage(
                    "cannot read " + file + " (" + FileProblems.describe(e) + ")",
                    "pass a CSV file with the columns " + String.join(", ", ApplicationCsv.COLUMNS));
        }
    }
}
