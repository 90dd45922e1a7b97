package jsa.cli;

import java.io.PrintWriter;
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
    /** Commands that need the whole tree: help lists it, completion describes it. */
    private static final Set<String> WHOLE_TREE_COMMANDS = Set.of("help", "completion");
    /** Root options that print the command list. */
    private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help");

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
            return configured(context, out, err, catalog, commandsFor(catalog, args))
                    .execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The commands a run of {@code args} needs. */
    static List<CommandCatalog.Entry> commandsFor(CommandCatalog catalog, String... args) {
        Optional<String> name = commandName(args);
        if (name.isEmpty()) {
            boolean listsCommands = args.length == 0 || List.of(args).stream().anyMatch(HELP_OPTIONS::contains);
            return listsCommands ? catalog.entries() : List.of();
        }
        return name.filter(n -> !WHOLE_TREE_COMMANDS.contains(n))
                .flatMap(catalog::find)
                .map(List::of)
                .orElseGet(catalog::entries);
    }

    /** The first argument that is not a root option or its value: the command, if any. */
    static Optional<String> commandName(String... args) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return Optional.of(arg);
            } else if (arg.equals("--")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
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

    // Colour only on a terminal (picocli's AUTO checks that) and never with NO_COLOR or --no-color.
    private static Help.Ansi ansi(AppContext context, boolean noColorFlag) {
        boolean disabled = noColorFlag
                || context.env().containsKey("NO_COLOR")
                || "dumb".equals(context.env().get("TERM"));
        return disabled ? Help.Ansi.OFF : Help.Ansi.AUTO;
    }
}
