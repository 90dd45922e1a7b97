package jsa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.resume.ProfileImportReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Load your profile, experience roles and templates from a YAML file or a JSON Resume (.json).",
            "All or nothing: one bad entry is reported and nothing is imported. Roles missing from the"
                    + " file are removed, unless a stored resume uses them."
        })
final class ProfileImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A profile file, e.g. examples/profile.yaml, or a JSON Resume.")
    Path file;

    @Override
    public Integer call() {
        ProfileImportReport report = AppContext.of(spec).profiles().importFile(file);
        spec.commandLine()
                .getOut()
                .printf(
                        "roles: %d added, %d updated, %d removed, %d kept; projects: %d; templates: %d added,"
                                + " %d updated, %d kept%n",
                        report.rolesAdded(),
                        report.rolesUpdated(),
                        report.rolesRemoved(),
                        report.rolesKept().size(),
                        report.projects(),
                        report.templatesAdded(),
                        report.templatesUpdated(),
                        report.templatesKept());
        PrintWriter err = spec.commandLine().getErr();
        report.rolesKept()
                .forEach(key -> err.println("jsa: note: kept role '" + key
                        + "', which is not in the file, because a stored resume was written from it"));
        return ExitStatus.OK.code();
    }
}
