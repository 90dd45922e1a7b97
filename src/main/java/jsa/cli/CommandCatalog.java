package jsa.cli;

import static jsa.cli.CommandGroup.DISCOVER;
import static jsa.cli.CommandGroup.PREPARE;
import static jsa.cli.CommandGroup.SETUP;
import static jsa.cli.CommandGroup.TAILOR;
import static jsa.cli.CommandGroup.TRACK;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * Every top-level command of the product, in help order, with its group. Entries are built only
 * when registered: a run of one command builds only that command.
 */
final class CommandCatalog {
    private static final boolean DATABASE = true;
    private static final boolean NO_DATABASE = false;

    /**
     * One top-level command: its group, name, how to find its one-line summary, whether it opens
     * the database, and how to build it. Summaries are looked up only for the help listing:
     * reading a command's annotation loads the classes it names.
     */
    record Entry(
            CommandGroup group,
            String name,
            Supplier<String> summaryLookup,
            boolean opensDatabase,
            Supplier<Object> factory) {
        String summary() {
            return summaryLookup.get();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    CommandCatalog() {
        add(DISCOVER, "sync-jobs", SyncJobsCommand.class, DATABASE, SyncJobsCommand::new);
        add(DISCOVER, "jobs", JobsCommand.class, DATABASE, JobsCommand::new);
        add(DISCOVER, "company", CompanyCommand.class, DATABASE, CompanyCommand::new);
        add(DISCOVER, "search", SearchCommand.class, DATABASE, SearchCommand::new);

        add(TAILOR, "parse-jd", ParseJdCommand.class, DATABASE, ParseJdCommand::new);
        add(TAILOR, "job", JobCommand.class, DATABASE, JobCommand::new);
        add(TAILOR, "profile", ProfileCommand.class, DATABASE, ProfileCommand::new);
        add(TAILOR, "gen-resume", GenResumeCommand.class, DATABASE, GenResumeCommand::new);
        add(TAILOR, "resume", ResumeCommand.class, DATABASE, ResumeCommand::new);
        add(TAILOR, "template", TemplateCommand.class, DATABASE, TemplateCommand::new);
        add(TAILOR, "render-pdf", RenderPdfCommand.class, DATABASE, RenderPdfCommand::new);

        add(TRACK, "apply", ApplyCommand.class, DATABASE, ApplyCommand::new);
        add(TRACK, "app", AppCommand.class, DATABASE, AppCommand::new);
        add(TRACK, "interview", InterviewCommand.class, DATABASE, InterviewCommand::new);
        add(TRACK, "interviews", InterviewsCommand.class, DATABASE, InterviewsCommand::new);
        add(TRACK, "history", HistoryCommand.class, DATABASE, HistoryCommand::new);
        add(TRACK, "contract", ContractCommand.class, DATABASE, ContractCommand::new);
        add(TRACK, "metrics", MetricsCommand.class, DATABASE, MetricsCommand::new);
        add(TRACK, "import", ImportCommand.class, DATABASE, ImportCommand::new);
        add(TRACK, "export", ExportCommand.class, DATABASE, ExportCommand::new);

        add(PREPARE, "interview-prep", InterviewPrepCommand.class, DATABASE, InterviewPrepCommand::new);

        add(SETUP, "init", InitCommand.class, DATABASE, InitCommand::new);
        add(SETUP, "db", DbCommand.class, DATABASE, DbCommand::new);
        add(SETUP, "config", ConfigCommand.class, NO_DATABASE, ConfigCommand::new);
        add(SETUP, "llm", LlmCommand.class, DATABASE, LlmCommand::new);
        add(SETUP, "completion", CompletionCommand.class, NO_DATABASE, CompletionCommand::new);
        add(SETUP, "demo", DemoCommand.class, DATABASE, DemoCommand::new);
        add(SETUP, "help", HelpCommand.class, NO_DATABASE, HelpCommand::new);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    Optional<Entry> find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Builds {@code entry} and adds it to {@code root}. */
    static void register(CommandLine root, Entry entry) {
        CommandLine sub = new CommandLine(entry.factory().get());
        root.addSubcommand(entry.name(), sub);
        useVersionProvider(sub);
    }

    // mixinStandardHelpOptions gives every command -V; without a provider it would print nothing
    private static void useVersionProvider(CommandLine command) {
        command.getCommandSpec().versionProvider(new VersionProvider());
        command.getSubcommands().values().forEach(CommandCatalog::useVersionProvider);
    }

    // The summary comes from the annotation: listing commands must not build them.
    private void add(CommandGroup group, String name, Class<?> type, boolean opensDatabase, Supplier<Object> factory) {
        Supplier<String> summary = () -> {
            Command command = type.getAnnotation(Command.class);
            return GroupedCommandList.summary(command.header(), command.description());
        };
        entries.add(new Entry(group, name, summary, opensDatabase, factory));
    }
}
