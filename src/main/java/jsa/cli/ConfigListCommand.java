package jsa.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.config.Setting;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List every setting with its effective value, where it comes from, and its env var.")
final class ConfigListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = {"-l", "--long"},
            description = "Also say what each setting is for and which values it accepts.")
    boolean detailed;

    @Override
    public Integer call() {
        List<Setting> settings = AppContext.of(spec).config().list();
        PrintWriter out = spec.commandLine().getOut();
        if (detailed) {
            settings.forEach(setting -> {
                out.println(setting.key().key() + " = " + value(setting) + "  (" + source(setting) + ", $"
                        + setting.key().envVar() + ")");
                out.println("    " + setting.key().description() + " Takes "
                        + setting.key().accepted() + ".");
            });
            return ExitStatus.OK.code();
        }
        Columns table = new Columns();
        table.row("KEY", "VALUE", "SOURCE", "ENV");
        settings.forEach(setting -> table.row(
                setting.key().key(),
                value(setting),
                source(setting),
                setting.key().envVar()));
        table.print(out);
        return ExitStatus.OK.code();
    }

    private static String value(Setting setting) {
        return setting.isSet() ? setting.value() : "-";
    }

    // an env var can hold anything: show it, and say that it is not used
    private static String source(Setting setting) {
        return setting.problem() == null
                ? setting.source().label()
                : setting.source().label() + " (invalid)";
    }
}
