package jsa.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.RunLast;

/**
 * The one place that builds and configures the {@code jsa} command tree: {@link Main}, the
 * completion generator and the tests all use it, so they run exactly the same thing.
 */
public final class JsaCli {
    /** Root options that take a value, so the scan for the command name can skip it. */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--db");
    /** Completion describes the whole tree. */
    private static final String COMPLETION = "completion";
    /** {@code jsa help CMD} needs CMD too. */
    private static final String HELP = "help";

    private JsaCli() {}

    /** A configured command line with every command, over {@code context}. */
    public static CommandLine create(AppContext context, PrintWriter out, PrintWriter err) {
        CommandCatalog catalog = new CommandCatalog();
        return configured(context, out, err, catalog, catalog.entries());
    }

    /**
     * Runs {@code args} and returns the exit code; never calls {@link System#exit}. Building the
     * command tree is most of jsa's start-up time, so when {@code args} name a command only that
     * command is built; help, completion and anything unrecognised get the whole tree.
     */
    public static int run(AppContext context, PrintWriter out, PrintWriter err, String... args) {
        try {
            CommandCatalog catalog = new CommandCatalog();
            List<CommandCatalog.Entry> commands = commandsFor(catalog, args);
            if (commands.size() == 1) {
                context.warmUpDatabase();
            }
            return configured(context, out, err, catalog, commands).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The commands a run of {@code args} needs: none for the root's own options (its help lists
     * the commands from the catalog), the named one, or all when the name is unknown (for the
     * suggestion) or when completion scripts are asked for.
     */
    static List<CommandCatalog.Entry> commandsFor(CommandCatalog catalog, String... args) {
        List<String> names = commandNames(args);
        if (names.isEmpty()) {
            return List.of();
        }
        Optional<CommandCatalog.Entry> named = catalog.find(names.get(0));
        if (named.isEmpty() || names.get(0).equals(COMPLETION)) {
            return catalog.entries();
        }
        if (names.get(0).equals(HELP) && names.size() > 1) {
            Optional<CommandCatalog.Entry> topic = catalog.find(names.get(1));
            return topic.isEmpty() ? catalog.entries() : List.of(named.get(), topic.get());
        }
        return List.of(named.get());
    }

    /** The arguments that are not options or a root option's value: the command and its words. */
    private static List<String> commandNames(String... args) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (ROOT_OPTIONS_WITH_VALUE.contains(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                names.add(args[i]);
            }
        }
        return names;
    }

    // Settings go on after the subcommands are added: picocli applies them to the whole tree.
    private static CommandLine configured(
            AppContext context,
            PrintWriter out,
            PrintWriter err,
            CommandCatalog catalog,
            List<CommandCatalog.Entry> commands) {
        JsaCommand root = new JsaCommand(context);
        CommandLine cli = new CommandLine(root);
        commands.forEach(entry -> CommandCatalog.register(cli, entry));
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

    // Colour only on a terminal (picocli's AUTO checks that), never with --no-color or a non-empty
    // NO_COLOR (no-color.org).
    private static Help.Ansi ansi(AppContext context, boolean noColorFlag) {
        boolean disabled = noColorFlag
                || !context.env().getOrDefault("NO_COLOR", "").isEmpty()
                || "dumb".equals(context.env().get("TERM"));
        return disabled ? Help.Ansi.OFF : Help.Ansi.AUTO;
    }
}
