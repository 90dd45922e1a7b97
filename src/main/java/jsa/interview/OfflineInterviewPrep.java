package jsa.interview;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jsa.interview.PrepInputs.Project;
import jsa.llm.offline.OfflineTask;

/**
 * The offline engine's {@code interview-prep}: one interview's preparation by rule, not by a
 * model. The questions come from {@link QuestionBank} for the interview's stage and focus; each
 * STAR answer is assembled from the best-matching project's own phrases (situation: its problem,
 * action: its actions and tools, result: its outcomes), never from invented facts. Stateless.
 */
public final class OfflineInterviewPrep implements OfflineTask {
    @Override
    public JsonNode answer(Map<String, String> inputs) {
        OfflineMaterial material = new OfflineMaterial(inputs);
        PrepInputs.Interview interview = PrepInputs.interview(inputs);
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode predicted = answer.putArray("predicted_questions");
        for (QuestionBank.Likely likely : QuestionBank.likely(interview.stage(), interview.focus())) {
            String question = fill(likely.question(), material);
            Project project = material.best(fill(likely.theme(), material));
            ObjectNode star = predicted.addObject().put("question", question);
            if (project == null) {
                String none = "Your profile has no projects: add them ('jsa profile import') to get an answer.";
                star.put("situation", none)
                        .put("task", none)
                        .put("action", none)
                        .put("result", none);
                continue;
            }
            String where = OfflineMaterial.name(project) + " (" + project.title() + ", " + project.company() + ")";
            star.put(
                            "situation",
                            project.problemContext() == null
                                    ? "On " + where + "; the profile gives no problem context: say what was at stake."
                                    : project.problemContext() + " (" + where + ")")
                    .put(
                            "task",
                            "Your part in " + OfflineMaterial.name(project) + ", as " + project.title()
                                    + ": tie it to the question.")
                    .put(
                            "action",
                            project.actions().isEmpty()
                                    ? "The profile lists no actions for this project: describe what you did."
                                    : String.join("; ", project.actions())
                                            + (project.tools().isEmpty()
                                                    ? ""
                                                    : " (" + String.join(", ", project.tools()) + ")"))
                    .put(
                            "result",
                            project.outcomes().isEmpty()
                                    ? "The profile records no outcome: say what changed, without inventing figures."
                                    : String.join("; ", project.outcomes()));
        }
        ArrayNode toAsk = answer.putArray("questions_to_ask");
        for (QuestionBank.ToAsk ask : QuestionBank.toAsk(interview.stage(), interview.focus())) {
            toAsk.addObject()
                    .put("question", fill(ask.question(), material))
                    .put("rationale", fill(ask.rationale(), material));
        }
        return answer;
    }

    private static String fill(String template, OfflineMaterial material) {
        return template.replace("{driver2}", material.term(1))
                .replace("{driver}", material.term(0))
                .replace("{title}", material.title)
                .replace("{company}", material.company);
    }
}
