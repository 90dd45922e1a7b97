package jsa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import jsa.JsaException;
import jsa.config.ConfigKey;
import jsa.config.ConfigService;
import jsa.config.JsaPaths;
import jsa.config.Settings;
import jsa.db.Database;
import jsa.db.DatabaseMaintenance;
import jsa.db.SqliteNativeLibrary;
import jsa.http.ApiRetryInterceptor;
import jsa.http.HttpClients;
import jsa.http.JsonFetcher;
import jsa.http.RetryPolicy;
import jsa.interview.InterviewPrepService;
import jsa.interview.InterviewPrepWriter;
import jsa.interview.OfflineBasePrep;
import jsa.interview.OfflineInterviewPrep;
import jsa.interview.PreparationEdits;
import jsa.interview.PreparationExport;
import jsa.interview.PreparationViews;
import jsa.jd.JdApplications;
import jsa.jd.JdEdits;
import jsa.jd.JdService;
import jsa.jd.OfflineJdRules;
import jsa.jobs.CompanyService;
import jsa.jobs.JobSources;
import jsa.jobs.ListingService;
import jsa.jobs.ListingStore;
import jsa.jobs.PostingImport;
import jsa.jobs.SyncService;
import jsa.llm.Budget;
import jsa.llm.LlmCheck;
import jsa.llm.LlmClient;
import jsa.llm.LlmService;
import jsa.llm.LlmUsageService;
import jsa.llm.Prices;
import jsa.llm.ProviderChoice;
import jsa.llm.anthropic.AnthropicClient;
import jsa.llm.offline.OfflineClient;
import jsa.llm.openai.OpenAiClient;
import jsa.metrics.LocationGroups;
import jsa.metrics.MetricsService;
import jsa.render.FontCatalog;
import jsa.render.MarkdownPages;
import jsa.render.ResumeRenderer;
import jsa.render.TemplateDirectory;
import jsa.resume.OfflineBulletWriter;
import jsa.resume.OfflineSkillsWriter;
import jsa.resume.ProfileService;
import jsa.resume.ResumeBatch;
import jsa.resume.ResumeGenerator;
import jsa.resume.ResumeService;
import jsa.resume.ResumeText;
import jsa.resume.ResumeWriter;
import jsa.resume.TemplateService;
import jsa.tracker.ApplicationImport;
import jsa.tracker.ApplicationService;
import jsa.tracker.ApplicationViews;
import jsa.tracker.ContractService;
import jsa.tracker.InterviewService;
import jsa.tracker.JobService;
import jsa.tracker.JobStore;

import okhttp3.OkHttpClient;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What commands run against: the environment, the settings and the database, created
 * lazily after parsing so that global options such as {@code --db} are known first. Tests build
 * one over a temp directory; nothing here is static.
 */
public final class AppContext {
    private final Map<String, String> env;
    private final Path home;
    private final boolean terminal;
    private PrintWriter err = new PrintWriter(System.err, true);
    private Path databaseFlag;
    private Settings settings;
    private Database database;
    private Terminal reviewTerminal;
    private InputStream stdin = System.in;

    /** A context over {@code env} and {@code home} that never writes to a terminal. */
    public AppContext(Map<String, String> env, Path home) {
        this(env, home, false);
    }

    private AppContext(Map<String, String> env, Path home, boolean terminal) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.terminal = terminal;
    }

    /** The context of the running process. */
    public static AppContext system() {
        // $HOME first, as shells and other tools do; Java's user.home comes from the passwd entry
        String home = System.getenv("HOME");
        Path homeDir = Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home);
        // Java cannot tell whether stderr is a terminal: bin/jsa says so with jsa.stderr.tty
        boolean terminal = System.console() != null && Boolean.getBoolean("jsa.stderr.tty");
        return new AppContext(System.getenv(), homeDir, terminal);
    }

    /** The context of the command tree {@code spec} belongs to. */
    static AppContext of(CommandSpec spec) {
        return ((JsaCommand) spec.root().userObject()).context();
    }

    void useErr(PrintWriter err) {
        this.err = err;
    }

    /** Lets a test feed what a command reads from stdin. */
    void useStdin(InputStream stdin) {
        this.stdin = stdin;
    }

    /** What {@code -} reads: the process's stdin. */
    InputStream stdin() {
        return stdin;
    }

    void useDatabaseFlag(Path file) {
        this.databaseFlag = file;
    }

    /** The {@code --db} of this run, or null when it has none. */
    Path databaseFlag() {
        return databaseFlag;
    }

    /**
     * A new context like this one before its run, with {@code overrides} in its environment: how
     * {@code jsa demo} keeps its steps away from the user's data, config and output directories.
     */
    AppContext withEnv(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(env);
        merged.putAll(overrides);
        return new AppContext(merged, home, terminal);
    }

    public Map<String, String> env() {
        return env;
    }

    /** True when stdout and stderr are both a terminal, so colour may be used. */
    boolean terminal() {
        return terminal;
    }

    /** Lets a test stand in for the user's terminal in {@code jobs review}. */
    void useTerminal(Terminal terminal) {
        this.reviewTerminal = terminal;
    }

    /**
     * The terminal to review on.
     *
     * @throws JsaException when jsa does not run on a terminal (a script, a pipe, cron)
     */
    Terminal terminalForReview() throws IOException {
        if (reviewTerminal != null) {
            return reviewTerminal;
        }
        if (System.console() == null) {
            throw JsaException.failure(
                    "jsa jobs review needs a terminal", "run it in a terminal, or use 'jsa jobs mark' in scripts");
        }
        return TerminalBuilder.builder().system(true).build();
    }

    /** Where jsa's files are; needs no config file, so it works when that file is broken. */
    public JsaPaths paths() {
        return JsaPaths.from(env, home);
    }

    /** Starts loading the database driver while the command line is parsed; see {@link Database}. */
    void warmUpDatabase() {
        Database.warmUpInBackground(paths().cacheDir());
    }

    /** The effective settings; warnings about the config file go to stderr once. */
    public Settings settings() {
        if (settings == null) {
            settings = Settings.load(paths(), env);
            if (databaseFlag != null) {
                settings.withFlag(ConfigKey.DB_PATH, databaseFlag.toString());
            }
            settings.warnings().forEach(warning -> err.println("jsa: warning: " + warning));
        }
        return settings;
    }

    /** The database, opened (created and migrated when needed) on first use. */
    public Database database() {
        if (database == null) {
            SqliteNativeLibrary.useCacheDirectory(settings().paths().cacheDir());
            database = Database.open(settings().databaseFile());
        }
        return database;
    }

    public DatabaseMaintenance maintenance() {
        return new DatabaseMaintenance(database());
    }

    /** The sync over the real boards, with one shared HTTP client. */
    public SyncService sync() {
        Jdbi jdbi = database().jdbi();
        return new SyncService(jdbi, new JobSources(fetcher(), clock()), new ListingStore(jdbi, clock()));
    }

    /** Postings from web pages ({@code jobs add}). */
    public PostingImport postingImport() {
        Jdbi jdbi = database().jdbi();
        return new PostingImport(jdbi, new ListingStore(jdbi, clock()), fetcher());
    }

    private JsonFetcher fetcher() {
        return new JsonFetcher(http(), JsonFetcher.DEFAULT_MAX_BYTES);
    }

    private static OkHttpClient http() {
        return HttpClients.create("jsa/" + VersionProvider.version(), RetryPolicy.DEFAULT);
    }

    // the user's zone: "posted 3 days ago" means their calendar
    private static Clock clock() {
        return Clock.systemDefaultZone();
    }

    public ListingService listings() {
        return new ListingService(database().jdbi());
    }

    public CompanyService companies() {
        return new CompanyService(database().jdbi());
    }

    public ProfileService profiles() {
        return new ProfileService(database().jdbi());
    }

    public TemplateService templates() {
        return new TemplateService(database().jdbi());
    }

    /** The LLM usage report over the {@code llm_call} ledger. */
    public LlmUsageService llmUsage() {
        return new LlmUsageService(database().jdbi());
    }

    public JobService jobs() {
        return new JobService(database().jdbi());
    }

    /** Recording applications, their status and outcome. */
    public ApplicationService applications() {
        return new ApplicationService(database().jdbi(), clock());
    }

    /** The application list, company history, detail and export views. */
    public ApplicationViews applicationViews() {
        ResumeService resumes = resumes();
        ProfileService profiles = profiles();
        return new ApplicationViews(database().jdbi(), clock(), resumeId -> {
            try {
                return Optional.of(
                        new ResumeText(false).render(profiles.document().profile(), resumes.show(resumeId)));
            } catch (JsaException cannotRender) {
                return Optional.empty();
            }
        });
    }

    public ApplicationImport applicationImport() {
        return new ApplicationImport(database().jdbi(), clock());
    }

    /** The metrics, with the user's location areas from {@code location-groups.txt} next to the config file. */
    public MetricsService metrics() {
        return new MetricsService(
                database().jdbi(),
                LocationGroups.load(paths().configFile().resolveSibling("location-groups.txt")),
                clock());
    }

    public InterviewService interviews() {
        return new InterviewService(database().jdbi(), clock());
    }

    public ContractService contracts() {
        return new ContractService(database().jdbi());
    }

    public JdEdits jdEdits() {
        return new JdEdits(jobs(), new JobStore(database().jdbi()));
    }

    /** The stored resumes and the user's changes to them. */
    public ResumeService resumes() {
        return new ResumeService(database().jdbi());
    }

    /** Resume generation, with JD parsing for files, through the provider {@code options} choose. */
    public ResumeBatch resumeBatch(LlmOptions options) {
        LlmService llm = llm(options);
        return new ResumeBatch(
                new JdService(new JobStore(database().jdbi()), llm),
                jobs(),
                new ResumeGenerator(database().jdbi(), new ResumeWriter(llm)));
    }

    /** Interview preparation through the provider {@code options} choose. */
    public InterviewPrepService interviewPrep(LlmOptions options) {
        return new InterviewPrepService(
                database().jdbi(),
                applicationViews(),
                interviews(),
                jobs(),
                profiles(),
                new InterviewPrepWriter(llm(options)));
    }

    /** The Interview Preparation view. */
    public PreparationViews preparationViews() {
        return new PreparationViews(database().jdbi(), applicationViews(), clock().getZone());
    }

    /** {@code interview-prep edit}: preparations as Markdown forms. */
    public PreparationEdits preparationEdits() {
        return new PreparationEdits(database().jdbi(), applicationViews());
    }

    /**
     * The Interview Preparation view as Markdown, HTML or PDF, with the fonts found at run time,
     * {@code fontDirs} first, and the output directory of {@link #outputDir()}.
     */
    public PreparationExport preparationExport(List<Path> fontDirs) {
        return new PreparationExport(
                preparationViews(),
                new MarkdownPages(
                        () -> FontCatalog.discover(fontDirs, home, env).withCode()),
                outputDir());
    }

    /** {@code apply FILE}: parse a job description and apply to it in one transaction. */
    public JdApplications jdApplications(LlmOptions options) {
        return new JdApplications(jd(options), applications());
    }

    /** JD parsing with the provider {@code options}, config or environment choose. */
    public JdService jd(LlmOptions options) {
        return new JdService(new JobStore(database().jdbi()), llm(options));
    }

    /**
     * Structured calls through the provider {@code --provider}, config {@code llm.provider} or
     * the environment chooses, with each task's configured model and the command's budget.
     */
    LlmService llm(LlmOptions options) {
        String provider = ProviderChoice.provider(providerSetting(options), env);
        return new LlmService(
                llmClient(provider),
                task -> ConfigKey.byName("llm.model." + task)
                        .flatMap(key -> settings().value(key))
                        .orElseGet(() -> ProviderChoice.defaultModel(provider, task)),
                database().jdbi(),
                Prices.load(paths().configFile().resolveSibling("prices.yaml")),
                options.budget == null ? null : new Budget(options.budget.doubleValue()),
                warning -> err.println("jsa: warning: " + warning));
    }

    /** Whether the user left the provider to the environment ({@code auto}) rather than naming one. */
    boolean providerIsAutomatic(LlmOptions options) {
        return providerSetting(options).equalsIgnoreCase("auto");
    }

    private String providerSetting(LlmOptions options) {
        return options.provider != null
                ? options.provider
                : settings().value(ConfigKey.LLM_PROVIDER).orElse("auto");
    }

    private LlmClient llmClient(String provider) {
        return switch (provider) {
            case "anthropic" ->
                new AnthropicClient(
                        http(),
                        settings().value(ConfigKey.LLM_ANTHROPIC_BASE_URL).orElseThrow(),
                        env.get("ANTHROPIC_API_KEY"),
                        ApiRetryInterceptor.SDK_DEFAULT);
            case "openai" ->
                new OpenAiClient(
                        http(),
                        settings().value(ConfigKey.LLM_OPENAI_BASE_URL).orElseThrow(),
                        env.get("OPENAI_API_KEY"),
                        ApiRetryInterceptor.SDK_DEFAULT);
            default ->
                new OfflineClient(Map.of(
                        JdService.PARSE.name(),
                        new OfflineJdRules(),
                        ResumeWriter.BULLETS.name(),
                        new OfflineBulletWriter(),
                        ResumeWriter.SKILLS.name(),
                        new OfflineSkillsWriter(),
                        LlmCheck.PROMPT.name(),
                        inputs -> JsonNodeFactory.instance.objectNode().put("ok", true),
                        InterviewPrepWriter.BASE.prompt().name(),
                        new OfflineBasePrep(),
                        InterviewPrepWriter.INTERVIEW.prompt().name(),
                        new OfflineInterviewPrep()));
        };
    }

    /**
     * Resume rendering with the templates of {@code --templates} or config {@code templates.dir}
     * (else the built-in ones) and the fonts found at run time, {@code fontDirs} first.
     */
    public ResumeRenderer renderer(List<Path> fontDirs) {
        TemplateDirectory directory = settings()
                .path(ConfigKey.TEMPLATES_DIR)
                .map(TemplateDirectory::of)
                .orElseGet(TemplateDirectory::builtIn);
        return new ResumeRenderer(
                profiles(), resumes(), jobs(), templates(), directory, FontCatalog.discover(fontDirs, home, env));
    }

    /** Where rendered files go: {@code --output}, config {@code output.dir}, or the current directory. */
    public Path outputDir() {
        return settings().path(ConfigKey.OUTPUT_DIR).orElse(Path.of("."));
    }

    public ConfigService config() {
        return new ConfigService(settings());
    }
}
