package jsa.jd;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import jsa.JsaException;
import jsa.JsonProblems;
import jsa.RecordValidator;
import jsa.tracker.JobService;
import jsa.tracker.JobStore;

/**
 * {@code jsa job edit}: a tracked job's metadata and requirements as YAML in the {@link JdModel}
 * shape, and that YAML, once edited, validated and written back in one transaction.
 */
public final class JdEdits {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            // a misspelt field is an error, not silently dropped
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a deleted relevance is an error, not a silent 0
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final JobService jobs;
    private final JobStore store;
    private final RecordValidator validator = new RecordValidator();

    public JdEdits(JobService jobs, JobStore store) {
        this.jobs = jobs;
        this.store = store;
    }

    /**
     * Job {@code id} as YAML to edit, with a comment saying how.
     *
     * @throws JsaException when there is no such job
     */
    public String editable(long id) {
        JdModel model = JdModel.of(jobs.show(id));
        try {
            return "# Job " + id + ". Edit, save and quit to apply; empty the file to cancel.\n"
                    + "# work_setting: remote, hybrid, onsite or null; salary_period: year, month, hour or null.\n"
                    + YAML.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write job " + id + " as YAML", e);
        }
    }

    /**
     * Replaces job {@code id}'s metadata and requirements with {@code yaml}'s, in the order
     * given; the text, URL and ids stay.
     *
     * @throws JsaException naming the field and value at fault (nothing is written then), or when
     *     there is no such job
     */
    public JdModel apply(long id, String yaml) {
        JdModel model = read(yaml);
        List<String> problems = validator.problems(model);
        if (!problems.isEmpty()) {
            throw invalid(String.join("; ", problems));
        }
        JdMetadata m = model.metadata();
        if (m.company() == null
                || m.company().isBlank()
                || m.listingJobTitle() == null
                || m.listingJobTitle().isBlank()) {
            throw invalid("company and listing_job_title must be given");
        }
        store.replace(id, JobWrites.job(m), JobWrites.requirements(model.requirements()));
        return model;
    }

    private static JdModel read(String yaml) {
        try {
            JdModel model = YAML.readValue(yaml, JdModel.class);
            if (model == null) {
                throw invalid("the file is empty");
            }
            return model;
        } catch (JsonProcessingException e) {
            throw invalid(JsonProblems.describe(e));
        }
    }

    private static JsaException invalid(String detail) {
        return JsaException.usage(
                "the edited job is not valid: " + detail, "nothing was changed; fix the YAML and apply it again");
    }
}
