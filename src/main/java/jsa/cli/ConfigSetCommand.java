package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.config.Setting;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "set", mixinStandardHelpOptions = true, description = "Write KEY: VALUE to the config file.")
final class ConfigSetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "KEY",
            completionCandidates = ConfigKeyCandidates.class,
            description = "A setting name (see 'jsa config list').")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", description = "The value.")
    String value;

    @Override
    public Integer call() {
        Setting now = AppContext.of(spec).config().set(key, value);
        if (now.source() == Setting.Source.ENV) {
            spec.commandLine()
                    .getErr()
                    .println("jsa: note: $" + now.key().envVar() + " is set and overrides this value (" + now.value()
                            + ")");
        }
        return ExitStatus.OK.code();
    }
}
