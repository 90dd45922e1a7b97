package jsa.cli;

import static jsa.cli.CommandGroup.DISCOVER;
import static jsa.cli.CommandGroup.PREPARE;
import static jsa.cli.CommandGroup.SETUP;
import static jsa.cli.CommandGroup.TAILOR;
import static jsa.cli.CommandGroup.TRACK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * Every top-level command of the product, in help order, with its group. Commands whose feature
 * has not landed are {@link PendingCommand}s until their issue replaces them with a real class.
 */
final class CommandCatalog {
    private static final String DISCOVERY = "job discovery";
    private static final String PARSING = "JD parsing with the LLM providers";
    private static final String RESUMES = "resume generation";
    private static final String RENDERING = "PDF rendering";
    private static final String TRACKING = "application tracking";
    private static final String PREP = "interview preparation";
    private static final String DEMO = "the end-to-end demo";

    private final CommandLine root;
    private final Map<String, CommandGroup> groups = new LinkedHashMap<>();

    /** Adds every command to {@code root} and remembers its group for the help listing. */
    CommandCatalog(CommandLine root) {
        this.root = root;
        pending(DISCOVER, DISCOVERY, "sync-jobs", "Fetch postings from the watched companies' career sites.");
        pending(DISCOVER, DISCOVERY, "jobs", "List and review fetched listings: filter, mark, open.");
        pending(DISCOVER, DISCOVERY, "company", "Manage the companies whose career sites are watched.");
        pending(DISCOVER, DISCOVERY, "search", "Manage search terms and their title exclusions.");

        pending(TAILOR, PARSING, "parse-jd", "Parse a job description into metadata and requirements.");
        pending(TAILOR, PARSING, "job", "List, show and edit tracked jobs.");
        pending(TAILOR, RESUMES, "profile", "Import and show your experience, education and templates.");
        pending(TAILOR, RESUMES, "gen-resume", "Generate a resume tailored to a job description.");
        pending(TAILOR, RESUMES, "resume", "List, show, compare and edit generated resumes.");
        pending(TAILOR, RENDERING, "template", "List resume templates; copy them for editing.");
        pending(TAILOR, RENDERING, "render-pdf", "Render a resume to PDF, fitted to one page.");

        pending(TRACK, TRACKING, "apply", "Record an application to a job or listing.");
        pending(TRACK, TRACKING, "app", "Update, show and list applications.");
        pending(TRACK, TRACKING, "interview", "Schedule interviews and add notes.");
        pending(TRACK, TRACKING, "interviews", "List upcoming interviews with a countdown.");
        pending(TRACK, TRACKING, "history", "Show your applications to one company.");
        pending(TRACK, TRACKING, "contract", "Record the terms of a contract role.");
        pending(TRACK, TRACKING, "metrics", "Funnel metrics: callbacks, rejections, trends, HTML report.");
        pending(TRACK, TRACKING, "import", "Import an application history from CSV.");
        pending(TRACK, TRACKING, "export", "Export applications with their status history.");

        pending(PREPARE, PREP, "interview-prep", "Generate, show and edit interview preparation.");

        add(SETUP, new InitCommand());
        add(SETUP, new DbCommand());
        add(SETUP, new ConfigCommand());
        pending(SETUP, PARSING, "llm", "Check the LLM provider; show token usage and cost.");
        add(SETUP, new CompletionCommand());
        pending(SETUP, DEMO, "demo", "Run the whole pipeline on example data in a scratch database.");
        add(SETUP, new HelpCommand());
    }

    /** The registered command names of {@code group}, in help order. */
    List<String> names(CommandGroup group) {
        List<String> names = new ArrayList<>();
        groups.forEach((name, g) -> {
            if (g == group) {
                names.add(name);
            }
        });
        return names;
    }

    private void add(CommandGroup group, Object command) {
        CommandLine sub = new CommandLine(command);
        root.addSubcommand(sub);
        groups.put(sub.getCommandName(), group);
    }

    private void pending(CommandGroup group, String feature, String name, String description) {
        root.addSubcommand(name, PendingCommand.spec(name, description, feature));
        groups.put(name, group);
    }
}
