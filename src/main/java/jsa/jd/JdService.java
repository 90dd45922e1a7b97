package jsa.jd;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.JsaException;
import jsa.db.JsonColumns;
import jsa.llm.Answer;
import jsa.llm.LlmService;
import jsa.llm.Prompts;
import jsa.llm.StructuredTask;
import jsa.tracker.Job;
import jsa.tracker.JobDao;
import jsa.tracker.NewJob;
import jsa.tracker.RequirementDao;

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

    private final Jdbi jdbi;
    private final LlmService llm;

    public JdService(Jdbi jdbi, LlmService llm) {
        this.jdbi = jdbi;
        this.llm = llm;
    }

    /**
     * Parses {@code request}'s text and, when asked, stores it.
     *
     * @throws JsaException when the text is empty or too long, the call or its validation fails
     *     (nothing is written but the ledger row), or a job to save lacks its company or title
     */
    public ParsedJd parse(JdRequest request) {
        String text = JdText.normalize(request.rawText());
        if (text.isBlank()) {
            throw JsaException.usage("the job description is empty", "pass a file with the posting's text");
        }
        Answer<JdModel> answer = llm.ask(PARSE, Map.of(JD_INPUT, text));
        JdModel model = withOverrides(answer.value(), request);
        Long jobId = null;
        boolean updated = false;
        if (request.save()) {
            NewJob job = job(model, request, text);
            Optional<Job> existing = jdbi.withExtension(JobDao.class, dao -> existing(dao, job));
            jobId = jdbi.inTransaction(handle -> save(handle, job, existing, model.requirements(), answer.callId()));
            updated = existing.isPresent();
        }
        return new ParsedJd(model, jobId, updated, answer.provider(), answer.model(), answer.costUsd());
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

    private static NewJob job(JdModel model, JdRequest request, String text) {
        JdMetadata m = model.metadata();
        if (blank(m.company())) {
            throw JsaException.usage(
                    "the job description does not name the company", "nothing was saved; pass --company NAME");
        }
        if (blank(m.listingJobTitle())) {
            throw JsaException.usage(
                    "the job description does not state the job title", "nothing was saved; pass --title TITLE");
        }
        return new NewJob(
                m.company().strip(),
                m.listingJobTitle().strip(),
                m.role(),
                m.specialization(),
                m.level(),
                m.location(),
                m.workSetting(),
                m.minExperienceYears(),
                m.minSalary(),
                m.maxSalary(),
                m.salaryCurrency(),
                m.salaryPeriod(),
                request.externalJobId(),
                request.source(),
                request.url(),
                text,
                JdText.sha256(text),
                request.listingId());
    }

    private static Optional<Job> existing(JobDao dao, NewJob job) {
        Optional<Job> byPosting = job.externalJobId() == null
                ? Optional.empty()
                : dao.findByCompanyAndExternalId(job.company(), job.externalJobId());
        return byPosting.isPresent() ? byPosting : dao.findByJdHash(job.jdHash());
    }

    private static long save(
            Handle handle, NewJob job, Optional<Job> existing, List<JdRequirement> requirements, long callId) {
        JobDao jobs = handle.attach(JobDao.class);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            jobs.update(id, keepKnown(job, existing.get()));
        } else {
            id = jobs.insert(job);
        }
        RequirementDao dao = handle.attach(RequirementDao.class);
        dao.deleteForJob(id);
        for (int i = 0; i < requirements.size(); i++) {
            JdRequirement requirement = requirements.get(i);
            dao.insert(id, i, requirement.text(), JsonColumns.write(requirement.keywords()), requirement.relevance());
        }
        LlmService.linkJob(handle, callId, id);
        return id;
    }

    // A re-parse without --url (or from a file rather than a listing) keeps what the job had.
    private static NewJob keepKnown(NewJob job, Job old) {
        return new NewJob(
                job.company(),
                job.listingJobTitle(),
                job.role(),
                job.specialization(),
                job.level(),
                job.location(),
                job.workSetting(),
                job.minExperienceYears(),
                job.minSalary(),
                job.maxSalary(),
                job.salaryCurrency(),
                job.salaryPeriod(),
                job.externalJobId() != null ? job.externalJobId() : old.externalJobId(),
                job.source() != null ? job.source() : old.source(),
                job.url() != null ? job.url() : old.url(),
                job.rawJdText(),
                job.jdHash(),
                job.listingId() != null ? job.listingId() : old.listingId());
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
