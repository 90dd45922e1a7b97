package jsa.resume;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import jsa.FileProblems;
import jsa.JsaException;
import jsa.JsonProblems;
import jsa.RecordValidator;

/**
 * Reads a profile file, jsa's YAML ({@code examples/profile.yaml}) or a JSON Resume document,
 * and writes jsa's YAML back. Everything is checked before anything is returned, so a bad entry
 * imports nothing.
 */
final class ProfileFile {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            // a long problem_context stays on one line, as people write it
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();
    private static final ObjectMapper JSON =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private ProfileFile() {}

    /**
     * The valid profile in {@code file}.
     *
     * @throws JsaException naming the file, the field and the problem (exit 2), or when the file
     *     cannot be read (exit 1)
     */
    static ProfileDocument read(Path file) {
        boolean json = file.getFileName().toString().endsWith(".json");
        JsonNode root = tree(file, json ? JSON : YAML);
        if (!root.isObject()) {
            throw invalid(file, "must be a mapping with profile, experience and templates (or a JSON Resume)");
        }
        List<String> problems = new ArrayList<>();
        ProfileDocument document =
                json || JsonResume.looksLike(root) ? JsonResume.convert(root, problems) : document(file, root);
        problems.addAll(new RecordValidator().problems(document));
        problems.addAll(ProfileRules.problems(document));
        if (!problems.isEmpty()) {
            String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more problems)";
            throw invalid(file, problems.get(0) + more);
        }
        return document;
    }

    /** {@code document} in jsa's YAML format, which {@link #read} reads back as it is. */
    static String yaml(Object document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the profile as YAML", e);
        }
    }

    private static ProfileDocument document(Path file, JsonNode root) {
        try {
            return YAML.treeToValue(root, ProfileDocument.class);
        } catch (InvalidFormatException e) {
            if (e.getTargetType() == LocalDate.class) {
                String field = JsonProblems.describe(e).replaceFirst(":.*", "");
                throw invalid(file, field + ": '" + e.getValue() + "' is not a date (YYYY-MM-DD)");
            }
            throw invalid(file, JsonProblems.describe(e));
        } catch (JsonProcessingException e) {
            throw invalid(file, JsonProblems.describe(e));
        }
    }

    private static JsonNode tree(Path file, ObjectMapper mapper) {
        String text = FileProblems.readInput(file);
        try {
            JsonNode root = mapper.readTree(text);
            return root == null ? mapper.missingNode() : root;
        } catch (JsonProcessingException e) {
            String kind = mapper == JSON ? "JSON" : "YAML";
            throw invalid(
                    file,
                    "not valid " + kind + " (line " + e.getLocation().getLineNr() + ": "
                            + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static JsaException invalid(Path file, String problem) {
        return JsaException.usage(file + ": " + problem, "fix the file and import it again; nothing was imported");
    }
}
