package jsa.resume;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jsa.llm.offline.OfflineTask;
import jsa.resume.SkillCategories.Category;

/**
 * The offline engine's {@code skills}: a resume's skills section by rule, not by a model. Every
 * skill is one of the user's own tools (or the canonical name of one, see {@link ListedSkill}),
 * grouped by the kind of skill it is and ordered by the job's requirements (see {@link
 * SkillCategories}). Stateless, so one instance may serve any number of threads.
 */
public final class OfflineSkillsWriter implements OfflineTask {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * {@code {"categories": [{"name": "Languages", "skills": ["Java", "Python"]}, ...]}}, at most
     * {@code max_categories} of them, most relevant first; none when there are no tools.
     *
     * @throws IllegalArgumentException when {@code tools} is not a JSON array of strings or
     *     {@code max_categories} not a positive whole number
     */
    @Override
    public JsonNode answer(Map<String, String> inputs) {
        List<ListedSkill> skills = ListedSkill.of(tools(ResumePromptInputs.text(inputs, ResumePromptInputs.TOOLS)));
        int max = ResumePromptInputs.positiveCount(inputs, ResumePromptInputs.MAX_CATEGORIES);
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode categories = answer.putArray("categories");
        for (Category category : new SkillCategories(RequirementOverlap.of(inputs)).arrange(skills, max)) {
            ObjectNode node = categories.addObject().put("name", category.name());
            category.skills().forEach(node.putArray("skills")::add);
        }
        return answer;
    }

    private static List<String> tools(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("tools must be a JSON array of strings: " + e.getOriginalMessage(), e);
        }
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("tools must be a JSON array of strings");
        }
        List<String> tools = new ArrayList<>();
        for (JsonNode tool : array) {
            if (!tool.isTextual()) {
                throw new IllegalArgumentException("tools must be a JSON array of strings, not " + tool);
            }
            tools.add(tool.asText());
        }
        return tools;
    }
}
