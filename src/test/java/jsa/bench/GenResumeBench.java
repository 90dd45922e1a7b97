package jsa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jsa.db.Database;
import jsa.jd.CorpusScore;
import jsa.jd.JdRequest;
import jsa.jd.JdService;
import jsa.jd.OfflineJdRules;
import jsa.llm.LlmRequest;
import jsa.llm.LlmService;
import jsa.llm.Prices;
import jsa.llm.ProviderChoice;
import jsa.llm.offline.OfflineClient;
import jsa.resume.OfflineBulletWriter;
import jsa.resume.OfflineSkillsWriter;
import jsa.resume.ProfileService;
import jsa.resume.ResumeBatch;
import jsa.resume.ResumeGenerator;
import jsa.resume.ResumeWriter;
import jsa.tracker.JobService;
import jsa.tracker.JobStore;

/**
 * {@code gen-resume} on {@code examples/profile.yaml} and ten engineering and data postings of the
 * JD corpus, with the offline engine: the wall time per resume in one batch, then what the same
 * calls would send to Anthropic, counted locally. Billed input is given in input-token
 * equivalents (a cache write costs 1.25, a read 0.1, other input 1) for jsa's requests, whose
 * system prompt and job context carry cache breakpoints, against the seed's per-role design with
 * the same content and no caching ({@link PromptCacheBilling}). Counts use OpenAI's cl100k
 * encoding: an estimate for Claude.
 */
public final class GenResumeBench {
    private GenResumeBench() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path root = Path.of(System.getProperty("jsa.root", "."));
        Path dir = Files.createTempDirectory("jsa-gen-resume-bench");
        Database database = Database.open(dir.resolve("bench.db"));
        new ProfileService(database.jdbi()).importFile(root.resolve("examples/profile.yaml"));
        RecordingClient recorder = new RecordingClient(new OfflineClient(Map.of(
                JdService.PARSE.name(), new OfflineJdRules(),
                ResumeWriter.BULLETS.name(), new OfflineBulletWriter(),
                ResumeWriter.SKILLS.name(), new OfflineSkillsWriter())));
        LlmService llm = new LlmService(
                recorder,
                task -> ProviderChoice.defaultModel("anthropic", task),
                database.jdbi(),
                Prices.load(dir.resolve("none.yaml")),
                null,
                warning -> {});
        ResumeBatch batch = new ResumeBatch(
                new JdService(new JobStore(database.jdbi()), llm),
                new JobService(database.jdbi()),
                new ResumeGenerator(database.jdbi(), new ResumeWriter(llm)));
        List<ResumeBatch.Source> sources = new ArrayList<>();
        for (String posting : CorpusScore.ENGINEERING) {
            String text = Files.readString(
                    root.resolve("src/test/resources/jd-corpus").resolve(posting));
            sources.add(new ResumeBatch.JdFile(
                    posting, () -> new JdRequest(text, null, null, null, null, posting, null, true)));
        }

        // the first batch parses and stores the postings and is the one whose requests are counted
        recorder.start();
        run(batch, sources);
        List<RecordingClient.Call> firstBatch = recorder.stop();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            run(batch, sources);
        }
        double perResume = (System.nanoTime() - start) / 1e6 / ((double) rounds * sources.size());
        System.out.printf(
                Locale.ROOT,
                "%ngen-resume, offline engine, %d postings per batch: %.1f ms per resume (parse + %s; mean of %d"
                        + " batches after one warm-up)%n",
                sources.size(),
                perResume,
                "bullets + skills + grounding + store",
                rounds);
        report(firstBatch, sources.size());
    }

    private static void run(ResumeBatch batch, List<ResumeBatch.Source> sources) {
        List<String> failures = new ArrayList<>();
        batch.run(sources, "engineer-ii", step -> {}, outcome -> {
            if (outcome.failure() != null) {
                failures.add(outcome.source().label() + ": " + outcome.failure().getMessage());
            }
        });
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the benchmark batch failed: " + failures);
        }
    }

    private static void report(List<RecordingClient.Call> recorded, int resumes) {
        PromptCacheBilling cache = new PromptCacheBilling();
        long calls = 0;
        long input = 0;
        long output = 0;
        double billed = 0;
        // the first resume alone: its calls up to its skills call, with nothing cached before it
        double firstBilled = -1;
        long firstInput = 0;
        for (RecordingClient.Call call : recorded) {
            LlmRequest request = call.request();
            if (request.task().equals(JdService.PARSE.name())) {
                continue;
            }
            calls++;
            PromptCacheBilling.Tokens tokens = PromptCacheBilling.count(request, call.answer());
            input += tokens.input();
            output += tokens.output();
            billed += cache.billed(request, tokens);
            if (firstBilled < 0 && request.task().equals(ResumeWriter.SKILLS.name())) {
                firstBilled = billed;
                firstInput = input;
            }
        }
        long baseline = input;
        System.out.printf(
                Locale.ROOT,
                "per resume: %.1f calls, %.0f input tokens, %.0f output tokens (the offline answers' length)%n",
                (double) calls / resumes,
                (double) input / resumes,
                (double) output / resumes);
        System.out.printf(
                Locale.ROOT,
                "billed input per resume: %.0f token equivalents with prompt caching, %.0f for the seed's per-role"
                        + " calls without it: %.0f%% (goal <= 50%%)%n",
                billed / resumes,
                (double) baseline / resumes,
                100 * billed / baseline);
        System.out.printf(
                Locale.ROOT,
                "the first resume alone (cold cache): %.0f against %.0f: %.0f%%; in the batch the instructions stay"
                        + " cached from one resume to the next%n",
                firstBilled,
                (double) firstInput,
                100 * firstBilled / firstInput);
    }
}
