package jsa.jd;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;

import org.jdbi.v3.core.Handle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.JsaException;
import jsa.llm.Answer;
import jsa.llm.LlmService;
import jsa.llm.Prompts;
import jsa.llm.StructuredTask;
import jsa.tracker.JobStore;
import jsa.tracker.NewJob;

/**
 * Parses job descriptions into tracked jobs (the design's JD ingestion and extraction): normalizes
 * the text, asks the configured provider for a {@link JdModel}, validates it, and stores the job,
 * its requirements and raw text in one transaction. The same posting parsed again (same company
 * and external id, or the same normalized text) updates its job instead of adding one.
 */
public final class JdService {
    /** The prompt input that carries the normalized text. */
    static final String JD_INPUT = "jd";

    /** The parse call: prompt {@code parse-jd} v1, answered as a {@link JdModel}. */
    public static final StructuredTask<JdModel> PARSE =
            new StructuredTask<>("parse-jd", Prompts.load("parse-jd", 1), "jd_model", schema(), JdModel.class, 4096);

    private final JobStore jobs;
    private final LlmService llm;

    public JdService(JobStore jobs, LlmService llm) {
        this.jobs = jobs;
        this.llm = llm;
    }

    /**
     * Parses {@code request}'s text and, when asked, stores it.
     *
     * @throws JsaException when the text is empty or too long, the call or its validation fails
     *     (nothing is written but the ledger row), or a job to save lacks its company or title
     */
    public ParsedJd parse(JdRequest request) {
        return parse(request, (handle, jobId) -> {});
    }

    /**
     * Parses and stores as {@link #parse(JdRequest)}, and runs {@code alsoOnFiling} in the filing's
     * transaction with the job's id, for what the caller records with the job (an application); a
     * {@link JsaException} it throws leaves the job unsaved, as {@link ParsedJd#notSaved()}.
     */
    public ParsedJd parse(JdRequest request, ObjLongConsumer<Handle> alsoOnFiling) {
        String text = JdText.normalize(request.rawText());
        if (text.isBlank()) {
            throw JsaException.usage("the job description is empty", "pass a file with the posting's text");
        }
        Answer<JdModel> answer = llm.ask(PARSE, Map.of(JD_INPUT, text));
        JdModel model = withOverrides(answer.value(), request);
        if (!request.save()) {
            return new ParsedJd(model, null, false, answer.provider(), answer.model(), answer.costUsd(), null);
        }
        try {
            requireCompanyAndTitle(model.metadata());
            NewJob job = JobWrites.job(model.metadata())
                    .withPosting(
                            request.externalJobId(),
                            request.source(),
                            request.url(),
                            text,
                            JdText.sha256(text),
                            request.listingId());
            JobStore.Filed filed = jobs.file(job, JobWrites.requirements(model.requirements()), (handle, jobId) -> {
                LlmService.linkJob(handle, answer.callId(), jobId);
                alsoOnFiling.accept(handle, jobId);
            });
            return new ParsedJd(
                    model, filed.jobId(), filed.updated(), answer.provider(), answer.model(), answer.costUsd(), null);
        } catch (JsaException notSaved) {
            return new ParsedJd(model, null, false, answer.provider(), answer.model(), answer.costUsd(), notSaved);
        }
    }

    // What the user said wins over what was parsed; requirements go most relevant first.
    private static JdModel withOverrides(JdModel parsed, JdRequest request) {
        JdMetadata m = parsed.metadata();
        JdMetadata metadata = new JdMetadata(
                request.company() != null ? request.company() : m.company(),
                request.title() != null ? request.title() : m.listingJobTitle(),
                m.role(),
                m.specialization(),
                m.level(),
                m.location(),
                m.workSetting(),
                m.minExperienceYears(),
                m.minSalary(),
                m.maxSalary(),
                m.salaryCurrency(),
                m.salaryPeriod());
        List<JdRequirement> requirements = parsed.requirements().stream()
                .sorted(Comparator.comparingDouble(JdRequirement::relevance).reversed())
                .toList();
        return new JdModel(metadata, requirements);
    }

    private static void requireCompanyAndTitle(JdMetadata m) {
        if (blank(m.company())) {
            throw JsaException.usage(
                    "the job description does not name the company", "nothing was saved; pass --company NAME");
        }
        if (blank(m.listingJobTitle())) {
            throw JsaException.usage(
                    "the job description does not state the job title", "nothing was saved; pass --title TITLE");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static JsonNode schema() {
        try (InputStream in = JdService.class.getResourceAsStream("/jsa/jd/jd-model.schema.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the built-in JdModel schema is missing or broken", e);
        }
    }
}
