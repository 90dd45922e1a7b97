package jsa.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.RunLast;

/**
 * The one place that builds and configures the {@code jsa} command tree: {@link Main}, the
 * completion generator and the tests all use it, so they run exactly the same thing.
 */
public final class JsaCli {
    private JsaCli() {}

    /** A configured command line over {@code context} printing to {@code out} and {@code err}. */
    public static CommandLine create(AppContext context, PrintWriter out, PrintWriter err) {
        JsaCommand root = new JsaCommand(context);
        CommandLine cli = new CommandLine(root);
        CommandCatalog catalog = new CommandCatalog(cli);
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new GroupedCommandList(catalog));
        cli.setOut(out);
        cli.setErr(err);
        cli.setColorScheme(Help.defaultColorScheme(ansi(context, false)));
        cli.setExecutionExceptionHandler(new ExecutionErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionStrategy(parseResult -> {
            if (root.noColor) {
                cli.setColorScheme(Help.defaultColorScheme(ansi(context, true)));
            }
            context.useErr(err);
            context.useDatabaseFlag(root.database);
            return new RunLast().execute(parseResult);
        });
        return cli;
    }

    /** Runs {@code args} and returns the exit code; never calls {@link System#exit}. */
    public static int run(AppContext context, PrintWriter out, PrintWriter err, String... args) {
        try {
            return create(context, out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    // Colour only on a terminal (picocli's AUTO checks that) and never with NO_COLOR or --no-color.
    private static Help.Ansi ansi(AppContext context, boolean noColorFlag) {
        boolean disabled = noColorFlag
                || context.env().containsKey("NO_COLOR")
                || "dumb".equals(context.env().get("TERM"));
        return disabled ? Help.Ansi.OFF : Help.Ansi.AUTO;
    }
}
