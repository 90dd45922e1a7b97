package jsa.resume;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.llm.Answer;
import jsa.llm.LlmException;
import jsa.llm.LlmService;
import jsa.llm.Prompts;
import jsa.llm.StructuredTask;

/**
 * Asks the provider for the parts of a resume (the seed's ResumeWriter): one role's bullets, and
 * the skills section. The bullet calls of one resume differ only in the role, so the instructions
 * and the job's requirements are their shared, cached prefix.
 */
public final class ResumeWriter {
    // first: the tasks' schemas are read with it
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One role's bullets: {@code target}, {@code requirements}, {@code role}, {@code max_bullets}. */
    public static final StructuredTask<BulletsAnswer> BULLETS = new StructuredTask<>(
            "bullets", Prompts.load("bullets", 1), "resume_bullets", schema("bullets"), BulletsAnswer.class, 2048);

    /** The skills section: {@code target}, {@code requirements}, {@code tools}, {@code max_categories}. */
    public static final StructuredTask<SkillsAnswer> SKILLS = new StructuredTask<>(
            "skills", Prompts.load("skills", 1), "resume_skills", schema("skills"), SkillsAnswer.class, 1024);

    /** The most skills categories a resume shows. */
    static final int MAX_CATEGORIES = 6;

    private final LlmService llm;

    public ResumeWriter(LlmService llm) {
        this.llm = llm;
    }

    /**
     * At most {@code maxBullets} bullets for {@code role}, written for {@code target}.
     *
     * @throws LlmException naming the role when the call fails or its answer is invalid
     */
    Answer<BulletsAnswer> bullets(ResumeTarget target, ExperienceRole role, int maxBullets) {
        Map<String, String> inputs = Map.of(
                ResumePromptInputs.TARGET, target.line(),
                ResumePromptInputs.REQUIREMENTS, target.requirementLines(),
                ResumePromptInputs.ROLE, RoleBrief.of(role).toJson(),
                ResumePromptInputs.MAX_BULLETS, Integer.toString(maxBullets));
        try {
            return llm.ask(
                    BULLETS,
                    inputs,
                    answer -> answer.bullets().size() > maxBullets
                            ? List.of("bullets: " + answer.bullets().size() + " given, at most " + maxBullets
                                    + " asked for")
                            : List.of());
        } catch (LlmException e) {
            throw new LlmException(
                    e.kind(),
                    "role " + role.key() + " (" + role.company() + "): " + e.getMessage(),
                    null,
                    e.status(),
                    e);
        }
    }

    /**
     * The skills section for {@code target} from {@code tools}, the tools of the resume's roles.
     *
     * @throws LlmException when the call fails or its answer is invalid
     */
    Answer<SkillsAnswer> skills(ResumeTarget target, List<String> tools) {
        Map<String, String> inputs = Map.of(
                ResumePromptInputs.TARGET, target.line(),
                ResumePromptInputs.REQUIREMENTS, target.requirementLines(),
                ResumePromptInputs.TOOLS, JSON.valueToTree(tools).toString(),
                ResumePromptInputs.MAX_CATEGORIES, Integer.toString(MAX_CATEGORIES));
        return llm.ask(SKILLS, inputs, answer -> answer.problems(MAX_CATEGORIES));
    }

    /** The provider the calls go to. */
    String provider() {
        return llm.provider();
    }

    private static JsonNode schema(String task) {
        String resource = "/jsa/resume/" + task + ".schema.json";
        try (InputStream in = ResumeWriter.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the built-in schema " + resource + " is missing or broken", e);
        }
    }
}
