package jsa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import jsa.db.Database;
import jsa.interview.GenerationReport;
import jsa.interview.InterviewPrepService;
import jsa.interview.InterviewPrepWriter;
import jsa.interview.OfflineBasePrep;
import jsa.interview.OfflineInterviewPrep;
import jsa.jd.CorpusScore;
import jsa.jd.JdRequest;
import jsa.jd.JdService;
import jsa.jd.OfflineJdRules;
import jsa.jd.ParsedJd;
import jsa.llm.LlmRequest;
import jsa.llm.LlmService;
import jsa.llm.Prices;
import jsa.llm.ProviderChoice;
import jsa.llm.offline.OfflineClient;
import jsa.resume.ProfileService;
import jsa.tracker.ApplicationService;
import jsa.tracker.ApplicationViews;
import jsa.tracker.InterviewFocus;
import jsa.tracker.InterviewFormat;
import jsa.tracker.InterviewService;
import jsa.tracker.InterviewStage;
import jsa.tracker.JobService;
import jsa.tracker.JobStore;
import jsa.tracker.NewInterview;
import jsa.tracker.StatusState;

/**
 * {@code interview-prep generate} on {@code examples/profile.yaml} and applications to the ten
 * engineering and data postings of the JD corpus, each with a callback and three upcoming
 * interviews (recruiter screen, technical screen, final loop), with the offline engine: the wall
 * time per application (its base preparation and three interviews'), then what the same calls
 * would send to Anthropic, counted locally. Billed input is given in input-token equivalents (a
 * cache write costs 1.25, a read 0.1, other input 1, see {@link PromptCacheBilling}) for jsa's
 * requests, whose per-interview calls share the job, the experience and the base preparation as a
 * cached prefix, against the same content without caching; for an application alone (cold cache)
 * and within the batch, where the system prompts stay cached from one application to the next.
 * Counts use OpenAI's cl100k encoding: an estimate for Claude.
 */
public final class InterviewPrepBench {
    // fixed, so that the interviews are upcoming and every run prepares the same content
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private InterviewPrepBench() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path root = Path.of(System.getProperty("jsa.root", "."));
        Path dir = Files.createTempDirectory("jsa-interview-prep-bench");
        Database database = Database.open(dir.resolve("bench.db"));
        Jdbi jdbi = database.jdbi();
        ProfileService profiles = new ProfileService(jdbi);
        profiles.importFile(root.resolve("examples/profile.yaml"));
        RecordingClient recorder = new RecordingClient(new OfflineClient(Map.of(
                JdService.PARSE.name(), new OfflineJdRules(),
                InterviewPrepWriter.BASE.prompt().name(), new OfflineBasePrep(),
                InterviewPrepWriter.INTERVIEW.prompt().name(), new OfflineInterviewPrep())));
        LlmService llm = new LlmService(
                recorder,
                task -> ProviderChoice.defaultModel("anthropic", task),
                jdbi,
                Prices.load(dir.resolve("none.yaml")),
                null,
                warning -> {});
        Map<String, Long> applications = applications(root, jdbi, new JdService(new JobStore(jdbi), llm));
        InterviewPrepService prep = new InterviewPrepService(
                jdbi,
                // no resume was sent with these applications, so none is rendered
                new ApplicationViews(jdbi, CLOCK, resumeId -> Optional.empty()),
                new InterviewService(jdbi, CLOCK),
                new JobService(jdbi),
                profiles,
                new InterviewPrepWriter(llm));

        // the first round writes every preparation and is the one whose requests are counted
        Map<String, List<RecordingClient.Call>> counted = new LinkedHashMap<>();
        for (Map.Entry<String, Long> application : applications.entrySet()) {
            recorder.start();
            generate(prep, application.getValue(), false);
            counted.put(application.getKey(), recorder.stop());
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (long applicationId : applications.values()) {
                // force: the preparations are stored, and are written again rather than kept
                generate(prep, applicationId, true);
            }
        }
        double perApplication = (System.nanoTime() - start) / 1e6 / ((double) rounds * applications.size());
        System.out.printf(
                Locale.ROOT,
                "%ninterview-prep, offline engine, %d applications with 3 upcoming interviews each: %.1f ms per"
                        + " application (base + 3 interviews, validation, grounding and store; mean of %d rounds"
                        + " with --force after one warm-up)%n",
                applications.size(),
                perApplication,
                rounds);
        report(counted);
    }

    // Parses and stores each posting, applies to it two weeks ago, records the callback a week ago
    // and schedules three interviews in the coming days: what 'interview-prep generate' needs.
    private static Map<String, Long> applications(Path root, Jdbi jdbi, JdService jd) throws IOException {
        ApplicationService applications = new ApplicationService(jdbi, CLOCK);
        InterviewService interviews = new InterviewService(jdbi, CLOCK);
        LocalDate today = LocalDate.now(CLOCK);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String posting : CorpusScore.ENGINEERING) {
            String text = Files.readString(
                    root.resolve("src/test/resources/jd-corpus").resolve(posting));
            ParsedJd parsed = jd.parse(new JdRequest(text, null, null, null, null, posting, null, true));
            if (parsed.jobId() == null) {
                throw new IllegalStateException(posting + " was not stored: " + parsed.notSaved());
            }
            long id = applications
                    .apply(parsed.jobId(), today.minusDays(14), null)
                    .applicationId();
            applications.status(id, StatusState.CALLBACK, today.minusDays(7));
            interviews.schedule(new NewInterview(
                    id,
                    InterviewStage.RECRUITER_SCREEN,
                    today.plusDays(2).atTime(LocalTime.of(10, 0)),
                    InterviewFormat.PHONE_CALL,
                    null,
                    null,
                    "Technical Recruiter"));
            interviews.schedule(new NewInterview(
                    id,
                    InterviewStage.TECHNICAL_SCREEN,
                    today.plusDays(5).atTime(LocalTime.of(14, 0)),
                    InterviewFormat.VIRTUAL_MEETING,
                    InterviewFocus.SYSTEM_DESIGN,
                    null,
                    "Staff Engineer"));
            interviews.schedule(new NewInterview(
                    id,
                    InterviewStage.FINAL_LOOP,
                    today.plusDays(9).atTime(LocalTime.of(13, 0)),
                    InterviewFormat.ONSITE,
                    InterviewFocus.HIRING_MANAGER,
                    null,
                    "Engineering Manager"));
            ids.put(posting, id);
        }
        return ids;
    }

    private static void generate(InterviewPrepService prep, long applicationId, boolean force) {
        GenerationReport report = prep.generate(
                applicationId, null, force ? InterviewPrepService.Rewrite.UNEDITED : InterviewPrepService.Rewrite.NONE);
        if (report.calls() != 4 || report.interviewsWritten().size() != 3) {
            throw new IllegalStateException("application " + applicationId + " was not fully prepared: " + report);
        }
    }

    private static void report(Map<String, List<RecordingClient.Call>> counted) {
        // one cache for the batch, in the order the applications were prepared
        PromptCacheBilling batch = new PromptCacheBilling();
        System.out.println("billed input in token equivalents, with the cached prefix for an application alone (lone)"
                + " and within the batch, against its input tokens (the figure without caching):");
        int applications = counted.size();
        long calls = 0;
        long input = 0;
        long output = 0;
        double batchBilled = 0;
        double loneBilled = 0;
        // per kind of call, summed over the applications: system (with schema), context, user tokens
        long[] base = new long[3];
        long[] interview = new long[3];
        String interviewModel = null;
        String baseModel = null;
        System.out.printf(
                Locale.ROOT,
                "%-10s %5s %7s %7s %10s %10s %7s %7s%n",
                "posting",
                "calls",
                "input",
                "output",
                "lone",
                "in batch",
                "lone%",
                "batch%");
        for (Map.Entry<String, List<RecordingClient.Call>> application : counted.entrySet()) {
            // a cache of its own: the application prepared alone, nothing written before it
            PromptCacheBilling lone = new PromptCacheBilling();
            long appInput = 0;
            long appOutput = 0;
            double appLone = 0;
            double appBatch = 0;
            for (RecordingClient.Call call : application.getValue()) {
                LlmRequest request = call.request();
                PromptCacheBilling.Tokens tokens = PromptCacheBilling.count(request, call.answer());
                appInput += tokens.input();
                appOutput += tokens.output();
                appLone += lone.billed(request, tokens);
                appBatch += batch.billed(request, tokens);
                boolean isBase = request.prompt()
                        .name()
                        .equals(InterviewPrepWriter.BASE.prompt().name());
                long[] split = isBase ? base : interview;
                split[0] += tokens.system();
                split[1] += tokens.context();
                split[2] += tokens.user();
                if (isBase) {
                    baseModel = request.model();
                } else {
                    interviewModel = request.model();
                }
            }
            int appCalls = application.getValue().size();
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %5d %7d %7d %10.0f %10.0f %6.0f%% %6.0f%%%n",
                    application.getKey(),
                    appCalls,
                    appInput,
                    appOutput,
                    appLone,
                    appBatch,
                    100 * appLone / appInput,
                    100 * appBatch / appInput);
            calls += appCalls;
            input += appInput;
            output += appOutput;
            loneBilled += appLone;
            batchBilled += appBatch;
        }
        long interviews = calls - applications;
        System.out.printf(
                Locale.ROOT,
                "per application: %.1f calls, %.0f input tokens, %.0f output tokens (the offline answers' length)%n",
                (double) calls / applications,
                (double) input / applications,
                (double) output / applications);
        System.out.printf(
                Locale.ROOT,
                "per call: base (%s) system+schema %.0f, user %.0f; interview (%s) system+schema %.0f, cached"
                        + " context %.0f, user %.0f tokens%n",
                baseModel,
                (double) base[0] / applications,
                (double) base[2] / applications,
                interviewModel,
                (double) interview[0] / interviews,
                (double) interview[1] / interviews,
                (double) interview[2] / interviews);
        double baseSystem = (double) base[0] / applications;
        double prefix = (double) (interview[0] + interview[1]) / interviews;
        System.out.printf(
                Locale.ROOT,
                "cacheable: the base call's system block, %.0f tokens against %s's minimum of %d: %s; the"
                        + " per-interview prefix (system + context), %.0f tokens against %s's %d: %s%n",
                baseSystem,
                baseModel,
                PromptCacheBilling.minimumCacheable(baseModel),
                cacheable(baseSystem, baseModel),
                prefix,
                interviewModel,
                PromptCacheBilling.minimumCacheable(interviewModel),
                cacheable(prefix, interviewModel));
        System.out.printf(
                Locale.ROOT,
                "billed input per application: %.0f token equivalents with the cached prefix (in a batch), %.0f"
                        + " without caching: %.0f%%%n",
                batchBilled / applications,
                (double) input / applications,
                100 * batchBilled / input);
        System.out.printf(
                Locale.ROOT,
                "a lone application (cold cache): %.0f against %.0f: %.0f%%; in the batch the system prompts long"
                        + " enough to be cached by themselves stay cached from one application to the next%n",
                loneBilled / applications,
                (double) input / applications,
                100 * loneBilled / input);
    }

    private static String cacheable(double tokens, String model) {
        return tokens >= PromptCacheBilling.minimumCacheable(model) ? "cached" : "too short, sent uncached";
    }
}
