package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Print the stored profile, roles and templates as a profile file (YAML).",
            "Edit the output and import it again: 'jsa profile export > my-profile.yaml'."
        })
final class ProfileExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AppContext.of(spec).profiles().export());
        return ExitStatus.OK.code();
    }
}
