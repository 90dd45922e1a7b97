package jsa.resume;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jsa.llm.offline.OfflineTask;
import jsa.resume.BulletPicker.Bullet;

/**
 * The offline engine's {@code bullets}: one role's resume bullets by rule, not by a model. It never
 * invents: each bullet is one of a project's own actions, with up to three of that project's tools
 * and one of its outcomes, chosen and ranked by keyword overlap with the job's requirements (see
 * {@link BulletPicker} and {@link RequirementOverlap}). Stateless, so one instance may serve any
 * number of threads.
 */
public final class OfflineBulletWriter implements OfflineTask {
    /**
     * {@code {"bullets": [{"text": ..., "relevance": 0.73}, ...]}}, most relevant first, at most
     * {@code max_bullets} of them, relevance rounded to two decimals.
     *
     * @throws IllegalArgumentException when {@code role} is not a role brief or {@code max_bullets}
     *     not a positive whole number
     */
    @Override
    public JsonNode answer(Map<String, String> inputs) {
        RoleBrief role = RoleBrief.fromJson(ResumePromptInputs.text(inputs, ResumePromptInputs.ROLE));
        int max = ResumePromptInputs.positiveCount(inputs, ResumePromptInputs.MAX_BULLETS);
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode bullets = answer.putArray("bullets");
        for (Bullet bullet : new BulletPicker(RequirementOverlap.of(inputs)).pick(role, max)) {
            bullets.addObject()
                    .put("text", bullet.text())
                    .put("relevance", Math.round(bullet.relevance() * 100) / 100.0);
        }
        return answer;
    }
}
