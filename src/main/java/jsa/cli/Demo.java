package jsa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jsa.ExitStatus;
import jsa.FileProblems;
import jsa.JsaException;
import jsa.jobs.ListingFilter;
import jsa.jobs.ListingRow;
import jsa.jobs.ListingStatus;
import jsa.jobs.RecordedBoards;

/**
 * {@code jsa demo}: the whole pipeline on the built-in examples, in a scratch directory. Each
 * step is a command a user would type, shown, then run through {@link JsaCli#run} as {@link Main}
 * runs it, with the data, config and output directories in the scratch directory; sync-jobs
 * reads recorded boards on loopback ({@link RecordedBoards}), never a real host. The first step
 * that fails ends the demo with its exit code.
 */
final class Demo {
    private static final String EXAMPLES = "/jsa/examples/";
    private static final String PROFILE = "profile.yaml";
    private static final String APPLICATIONS = "applications.csv";
    private static final String JD = "jd.txt";
    private static final String COMPANIES = "recorded-boards/companies.yaml";
    /** The real boards, not used by the demo: a starting point for the user's own list. */
    private static final String REAL_COMPANIES = "companies.yaml";
    /** The listing applied to: a kind of job the example profile has a template for. */
    private static final String LISTING_KEYWORD = "Data Engineer";
    /** A word of a command's name, as opposed to its options and arguments. */
    private static final Pattern COMMAND_WORD = Pattern.compile("[a-z][a-z-]*");
    /** What a shell takes as one word without quotes. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private final AppContext parent;
    private final PrintWriter out;
    private final PrintWriter err;
    private Path scratch;
    private Path database;
    private int steps;

    Demo(AppContext parent, PrintWriter out, PrintWriter err) {
        this.parent = parent;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the demo into {@code databaseFlag}, or into a new database in the scratch directory
     * when it is null, and returns the exit code of the step that failed, else 0.
     *
     * @throws JsaException when {@code databaseFlag} already holds data, or the scratch directory
     *     cannot be made
     */
    int run(Path databaseFlag) {
        if (databaseFlag != null && holdsData()) {
            throw JsaException.failure(
                    databaseFlag.toAbsolutePath()
                            + " already holds data, and the demo only fills a new or empty database",
                    "name a new file with --db, or leave --db out for a scratch database");
        }
        scratch = createScratch();
        database = databaseFlag == null ? scratch.resolve("jsa.db") : databaseFlag.toAbsolutePath();
        err.println("jsa demo: working in " + scratch + " (example data, recorded job boards, nothing of yours)");
        Path examples = scratch.resolve("examples");
        Path output = scratch.resolve("out");
        copyExample(PROFILE, examples);
        copyExample(APPLICATIONS, examples);
        copyExample(JD, examples);
        copyExample(REAL_COMPANIES, examples);
        createDirectories(output);
        createDirectories(examples.resolve(COMPANIES).getParent());
        try (RecordedBoards boards = RecordedBoards.start(examples.resolve(COMPANIES))) {
            return steps(examples, output);
        } catch (StepFailed failed) {
            err.println("jsa: error: the demo stopped at step " + steps + " (jsa " + failed.command + ", exit "
                    + failed.code + "); its files so far are in " + scratch);
            return failed.code;
        }
    }

    private int steps(Path examples, Path output) {
        step(
                "Load the example job seeker's profile: the experience resumes are tailored from.",
                "profile import",
                examples.resolve(PROFILE));
        step(
                "Watch five companies, one per job-board platform. Their boards are recorded real responses,\n"
                        + "replayed on 127.0.0.1 while the demo runs; a real sync-jobs reaches the live boards.",
                "company import",
                examples.resolve(COMPANIES));
        step(
                "Import a history of past applications from a spreadsheet's CSV.",
                "import applications",
                examples.resolve(APPLICATIONS));
        step("Fetch the postings whose titles match the search terms.", "sync-jobs");
        step("List the new listings.", "jobs list");
        long listing = listingToApplyTo();
        step(
                "Mark the first " + LISTING_KEYWORD + " listing interested (the example profile fits it).",
                "jobs mark --status interested " + listing);
        step(
                "Apply to it: the listing becomes a tracked job and an application, whose id is printed.",
                "apply --listing " + listing);
        step(
                "Parse a job description into metadata and requirements, stored as a tracked job.",
                "parse-jd",
                examples.resolve(JD));
        long job = newestJob();
        step("Tailor a resume to that job from the profile.", "gen-resume --job " + job);
        step("Render the resume to a one-page PDF.", "render-pdf --job " + job + " --output", output);
        String application =
                step("Apply to that job with the resume.", "apply --job " + job).strip();
        step("Record the company's answer: a callback.", "app status " + application + " callback");
        step(
                "Schedule the technical screen.",
                "interview add " + application + " --stage technical_screen --at",
                LocalDate.now().plusDays(3) + " 10:00");
        step("Write the interview preparation.", "interview-prep generate " + application);
        step(
                "Save it as Markdown.",
                "interview-prep show " + application + " --output",
                output.resolve("interview-prep.md"));
        step(
                "And as a PDF to print.",
                "interview-prep show " + application + " --format pdf --output",
                output.resolve("interview-prep.pdf"));
        step(
                "Write the funnel metrics report over every application.",
                "metrics --format html --output",
                output.resolve("metrics.html"));
        summary(output);
        return ExitStatus.OK.code();
    }

    /**
     * Shows and runs one step, the command's {@code words} (split at spaces) then {@code whole}
     * arguments (paths and values that may hold spaces); returns what the step printed on stdout,
     * which it also passes on to stdout.
     *
     * @throws StepFailed when the step's exit code is not 0
     */
    private String step(String purpose, String words, Object... whole) {
        steps++;
        List<String> args = new ArrayList<>(List.of("--db", database.toString()));
        args.addAll(List.of(words.split(" ")));
        Stream.of(whole).map(Object::toString).forEach(args::add);
        out.println();
        String indent = " ".repeat(Integer.toString(steps).length() + 3);
        out.println("# " + steps + ". " + purpose.replace("\n", "\n#" + indent));
        out.println("$ jsa " + String.join(" ", args.stream().map(Demo::quoted).toList()));
        out.flush();
        StringWriter stdout = new StringWriter();
        int code = JsaCli.run(sandbox(), new PrintWriter(stdout, true), err, args.toArray(String[]::new));
        out.print(stdout);
        out.flush();
        if (code != ExitStatus.OK.code()) {
            String name = Stream.of(words.split(" "))
                    .takeWhile(word -> COMMAND_WORD.matcher(word).matches())
                    .collect(Collectors.joining(" "));
            throw new StepFailed(name, code);
        }
        return stdout.toString();
    }

    /** A context of its own per step, as each command a user types is a process of its own. */
    private AppContext sandbox() {
        AppContext context = parent.withEnv(Map.of(
                "JSA_HOME", scratch.toString(),
                "XDG_CONFIG_HOME", scratch.resolve("config").toString(),
                "JSA_OUTPUT_DIR", scratch.resolve("out").toString()));
        context.useDatabaseFlag(database);
        return context;
    }

    private long listingToApplyTo() {
        return sandbox().listings().list(new ListingFilter(ListingStatus.NEW, null, LISTING_KEYWORD)).stream()
                .mapToLong(ListingRow::id)
                .min()
                .orElseThrow(() -> JsaException.failure(
                        "the sync stored no " + LISTING_KEYWORD + " listing to apply to",
                        "this is a bug in the demo's recorded boards: please report it"));
    }

    private long newestJob() {
        return sandbox().jobs().page(1).rows().get(0).id();
    }

    private void summary(Path output) {
        out.println();
        out.println("Done. The demo's files are in " + scratch + ":");
        out.println("  database   " + database);
        out.println("  examples   " + scratch.resolve("examples") + " (the files the steps read)");
        try (Stream<Path> files = Files.list(output)) {
            files.sorted(Comparator.naturalOrder()).forEach(file -> out.println("  written    " + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Look around the demo's database, for example:");
        out.println("  jsa --db " + quoted(database.toString()) + " jobs list --status all");
        out.println("  jsa --db " + quoted(database.toString()) + " app list");
        out.println("  jsa --db " + quoted(database.toString()) + " metrics");
        out.println("(its companies' boards were the demo's replays, which ended with it: sync-jobs there fails)");
        Path examples = scratch.resolve("examples");
        out.println("To start on your own data, edit copies of " + examples.resolve(PROFILE) + " and");
        out.println(examples.resolve(REAL_COMPANIES) + " (real boards) and load them with 'jsa profile import FILE'");
        out.println("and 'jsa company import FILE' (without --db: into your own database).");
    }

    private boolean holdsData() {
        return parent.maintenance().info().rowCounts().values().stream().anyMatch(rows -> rows > 0);
    }

    // TMPDIR as bin/jsa and mktemp honour it; Java alone would read only java.io.tmpdir
    private Path createScratch() {
        String tmpdir = parent.env().getOrDefault("TMPDIR", "");
        try {
            return tmpdir.startsWith("/")
                    ? Files.createTempDirectory(Path.of(tmpdir), "jsa-demo-")
                    : Files.createTempDirectory("jsa-demo-");
        } catch (IOException e) {
            throw JsaException.failure(
                    "cannot create a scratch directory (" + FileProblems.describe(e) + ")",
                    "check that TMPDIR or /tmp is writable");
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw JsaException.failure(
                    "cannot create " + directory + " (" + FileProblems.describe(e) + ")", "check the disk");
        }
    }

    /** Writes the built-in example {@code name} to {@code examples/name}. */
    private static void copyExample(String name, Path examples) {
        Path target = examples.resolve(name);
        createDirectories(target.getParent());
        try (InputStream in = Demo.class.getResourceAsStream(EXAMPLES + name)) {
            if (in == null) {
                throw new IllegalStateException("the example " + EXAMPLES + name + " is missing from the jar");
            }
            Files.copy(in, target);
        } catch (IOException e) {
            throw JsaException.failure(
                    "cannot write " + target + " (" + FileProblems.describe(e) + ")", "check the disk");
        }
    }

    /** The word as a shell needs it to get it back whole. */
    private static String quoted(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** A step ended with a non-zero exit code; it has printed why. */
    private static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String command;
        private final int code;

        StepFailed(String command, int code) {
            super(null, null, false, false);
            this.command = command;
            this.code = code;
        }
    }
}
