package jsa.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jsa.ExitStatus;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.RunLast;

/**
 * The one place that builds and configures the {@code jsa} command tree: {@link Main}, the
 * completion generator and the tests all use it, so they run exactly the same thing.
 */
public final class JsaCli {
    /** Completion describes the whole tree. */
    private static final String COMPLETION = "completion";
    /** {@code jsa help CMD} needs CMD too. */
    private static final String HELP = "help";

    private JsaCli() {}

    /** A configured command line with every command, over {@code context}. */
    public static CommandLine create(AppContext context, PrintWriter out, PrintWriter err) {
        CommandCatalog catalog = new CommandCatalog();
        CommandLine cli = root(context, catalog);
        catalog.entries().forEach(entry -> CommandCatalog.register(cli, entry));
        return configure(cli, context, out, err, false);
    }

    /**
     * Runs {@code args} and returns the exit code; never calls {@link System#exit}. Building the
     * command tree is most of jsa's start-up time, so when {@code args} name a command only that
     * command is built; help, completion and anything unrecognised get the whole tree.
     */
    public static int run(AppContext context, PrintWriter out, PrintWriter err, String... args) {
        try {
            CommandCatalog catalog = new CommandCatalog();
            List<CommandCatalog.Entry> commands = commandsFor(catalog, ROOT_OPTIONS_WITH_VALUE, args);
            // before picocli's own start-up, which the warm-up overlaps
            if (commands.size() == 1 && commands.get(0).opensDatabase()) {
                context.warmUpDatabase();
            }
            CommandLine cli = root(context, catalog);
            commands.forEach(entry -> CommandCatalog.register(cli, entry));
            return configure(cli, context, out, err, words(args).contains("--no-color"))
                    .execute(args);
        } catch (RuntimeException e) {
            // picocli handles what commands throw; this is for a failure to build the tree
            err.println("jsa: error: internal error: " + e + "; this is a bug: please report it");
            if (words(args).contains("--verbose") || words(args).contains("-v")) {
                e.printStackTrace(err);
            }
            return ExitStatus.INTERNAL.code();
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The commands a run of {@code args} needs: none for the root's own options (its help lists
     * the commands from the catalog), the named one (with {@code help}: also its topic), or all
     * when the name is unknown (for the suggestion) or when completion scripts are asked for.
     */
    static List<CommandCatalog.Entry> commandsFor(
            CommandCatalog catalog, Set<String> rootOptionsWithValue, String... args) {
        List<String> names = commandNames(rootOptionsWithValue, args);
        if (names.isEmpty()) {
            return List.of();
        }
        Optional<CommandCatalog.Entry> named = catalog.find(names.get(0));
        if (named.isEmpty() || names.get(0).equals(COMPLETION)) {
            return catalog.entries();
        }
        // Compared by name, not as records: a record's first equals or hashCode bootstraps
        // ~15 ms of method handles before the database warm-up can start.
        if (names.get(0).equals(HELP) && names.size() > 1 && !names.get(1).equals(HELP)) {
            Optional<CommandCatalog.Entry> topic = catalog.find(names.get(1));
            if (topic.isEmpty()) {
                return catalog.entries();
            }
            return List.of(named.get(), topic.get());
        }
        return List.of(named.get());
    }

    /**
     * The root's options that take a value (their value is not a command). A test holds this to
     * {@link JsaCommand}'s annotations, which are not read here: the first annotation read costs
     * ~15 ms of reflection that would delay the database warm-up.
     */
    static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--db");

    /** The arguments that are not options or a root option's value: the command and its words. */
    private static List<String> commandNames(Set<String> rootOptionsWithValue, String... args) {
        List<String> names = new ArrayList<>();
        List<String> words = words(args);
        for (int i = 0; i < words.size(); i++) {
            if (rootOptionsWithValue.contains(words.get(i))) {
                i++;
            } else if (!words.get(i).startsWith("-")) {
                names.add(words.get(i));
            }
        }
        return names;
    }

    /** The arguments before {@code --}, the ones that can be options. */
    private static List<String> words(String... args) {
        List<String> words = List.of(args);
        int end = words.indexOf("--");
        return end < 0 ? words : words.subList(0, end);
    }

    private static CommandLine root(AppContext context, CommandCatalog catalog) {
        CommandLine cli = new CommandLine(new JsaCommand(context));
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new GroupedCommandList(catalog));
        return cli;
    }

    // Settings go on after the subcommands are added: picocli applies them to the whole tree.
    private static CommandLine configure(
            CommandLine cli, AppContext context, PrintWriter out, PrintWriter err, boolean noColorFlag) {
        JsaCommand root = cli.getCommand();
        cli.setOut(out);
        cli.setErr(err);
        cli.setColorScheme(Help.defaultColorScheme(ansi(context, noColorFlag)));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new ExecutionErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionStrategy(parseResult -> {
            context.useErr(err);
            context.useDatabaseFlag(root.database);
            return new RunLast().execute(parseResult);
        });
        return cli;
    }

    // Colour only when stdout and stderr are a terminal, never with --no-color, a non-empty
    // NO_COLOR (no-color.org) or TERM=dumb. Decided here: picocli's AUTO reads the real
    // environment and looks at stdout only.
    private static Help.Ansi ansi(AppContext context, boolean noColorFlag) {
        boolean enabled = context.terminal()
                && !noColorFlag
                && context.env().getOrDefault("NO_COLOR", "").isEmpty()
                && !"dumb".equals(context.env().get("TERM"));
        return enabled ? Help.Ansi.ON : Help.Ansi.OFF;
    }
}
