package jsa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.jobs.ImportReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Add or update the companies and search terms of a YAML file.",
            "All or nothing: one bad entry is reported and nothing is imported."
        })
final class CompanyImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A companies file, e.g. examples/companies.yaml.")
    Path file;

    @Override
    public Integer call() {
        ImportReport report = AppContext.of(spec).companies().importFile(file);
        spec.commandLine()
                .getOut()
                .printf(
                        "companies: %d added, %d updated; search terms: %d added, %d updated%n",
                        report.companiesAdded(),
                        report.companiesUpdated(),
                        report.searchesAdded(),
                        report.searchesUpdated());
        return ExitStatus.OK.code();
    }
}
