package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.config.Setting;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List every setting with its effective value, where it comes from, and its env var.")
final class ConfigListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Columns table = new Columns();
        table.row("KEY", "VALUE", "SOURCE", "ENV");
        for (Setting setting : AppContext.of(spec).config().list()) {
            table.row(
                    setting.key().key(),
                    setting.isSet() ? setting.value() : "-",
                    setting.source().label(),
                    setting.key().envVar());
        }
        table.print(spec.commandLine().getOut());
        return ExitStatus.OK.code();
    }
}
