package jsa.interview;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.llm.Answer;
import jsa.llm.LlmException;
import jsa.llm.LlmService;
import jsa.llm.Prompts;
import jsa.llm.StructuredTask;

/**
 * Asks the provider for interview preparation (the seed's InterviewPrepGenerator): the base of an
 * application, then each interview's. The interview calls of one application differ only in the
 * interview, so the job, the experience and the base preparation are their shared, cached prefix.
 */
public final class InterviewPrepWriter {
    // first: the tasks' schemas are read with it
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The task name both calls are recorded and configured under ({@code llm.model.interview-prep}). */
    public static final String TASK = "interview-prep";

    /** The base preparation: {@code title}, {@code company}, {@code requirements}, {@code jd}, {@code experience}. */
    public static final StructuredTask<BaseAnswer> BASE = new StructuredTask<>(
            TASK,
            Prompts.load("interview-prep-base", 1),
            "interview_prep_base",
            schema("interview-prep-base"),
            BaseAnswer.class,
            4096);

    /** One interview's: {@code title}, {@code company}, {@code requirements}, {@code experience}, {@code base}, {@code interview}. */
    public static final StructuredTask<InterviewAnswer> INTERVIEW = new StructuredTask<>(
            TASK,
            Prompts.load("interview-prep", 1),
            "interview_prep",
            schema("interview-prep"),
            InterviewAnswer.class,
            4096);

    private final LlmService llm;

    public InterviewPrepWriter(LlmService llm) {
        this.llm = llm;
    }

    /**
     * The base preparation for the inputs {@link #BASE} names.
     *
     * @throws LlmException when the call fails or its answer is invalid
     */
    Answer<BaseAnswer> base(Map<String, String> inputs) {
        return llm.ask(BASE, inputs, BaseAnswer::problems);
    }

    /**
     * One interview's preparation for the inputs {@link #INTERVIEW} names.
     *
     * @throws LlmException when the call fails or its answer is invalid
     */
    Answer<InterviewAnswer> interview(Map<String, String> inputs) {
        return llm.ask(INTERVIEW, inputs);
    }

    private static JsonNode schema(String name) {
        String resource = "/jsa/interview/" + name + ".schema.json";
        try (InputStream in = InterviewPrepWriter.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the built-in schema " + resource + " is missing or broken", e);
        }
    }
}
