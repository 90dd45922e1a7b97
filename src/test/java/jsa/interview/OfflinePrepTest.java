package jsa.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.RecordValidator;

/** The offline preparation engines: valid for every stage and focus, and different per stage. */
class OfflinePrepTest {
    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final List<String> STAGES = List.of("recruiter_screen", "technical_screen", "final_loop");
    private static final String PROJECTS = """
            [{"company": "Harborline", "title": "Software Engineer", "short_name": "tracking-events",
              "problem_context": "Shipment statuses were late", "actions": ["designed a pipeline on Kafka"],
              "tools": ["Kafka", "Java"], "outcomes": ["cut status lag from 30 minutes to 2"]},
             {"company": "Harborline", "title": "Software Engineer", "short_name": "rate-quotes",
              "problem_context": null, "actions": [], "tools": [], "outcomes": []}]
            """;

    private final RecordValidator validator = new RecordValidator();

    @Test
    void everyStageAndFocusGivesAValidAnswerAndTheStagesDiffer() throws Exception {
        Set<JsonNode> byStage = new HashSet<>();
        for (String stage : STAGES) {
            for (String focus : new String[] {null, "coding", "system_design", "behavioral", "hiring_manager"}) {
                Map<String, String> inputs = inputs("- Experience with Kafka\n- Strong Java", PROJECTS);
                inputs.put(PrepInputs.INTERVIEW, PrepInputs.json(new PrepInputs.Interview(stage, focus, null, null)));
                JsonNode answer = new OfflineInterviewPrep().answer(inputs);
                InterviewAnswer value = JSON.treeToValue(answer, InterviewAnswer.class);
                assertThat(validator.problems(value)).as(stage + " " + focus).isEmpty();
                if (focus == null) {
                    byStage.add(answer);
                }
            }
        }
        assertThat(byStage).hasSize(STAGES.size());
    }

    @Test
    void withoutRequirementsOrProjectsTheAnswersStayValidAndSaySoRatherThanInvent() throws Exception {
        Map<String, String> inputs = inputs("", "[]");
        inputs.put(PrepInputs.INTERVIEW, PrepInputs.json(new PrepInputs.Interview("final_loop", null, null, null)));

        BaseAnswer base = JSON.treeToValue(new OfflineBasePrep().answer(inputs), BaseAnswer.class);
        InterviewAnswer interview = JSON.treeToValue(new OfflineInterviewPrep().answer(inputs), InterviewAnswer.class);

        assertThat(validator.problems(base)).isEmpty();
        assertThat(base.problems()).isEmpty();
        assertThat(base.primaryDrivers()).extracting(BaseAnswer.Driver::driver).containsExactly("Data Engineer");
        assertThat(base.formattedJd()).startsWith("Callback drivers: **Data Engineer**");
        assertThat(base.backgroundNarrative().coreNarrative()).contains("Your profile has no projects yet");
        assertThat(validator.problems(interview)).isEmpty();
        assertThat(interview.predictedQuestions().get(0).result()).contains("Your profile has no projects");
    }

    @Test
    void aProjectWithoutContextOrOutcomesIsNotGivenInventedOnes() throws Exception {
        Map<String, String> inputs = inputs("- rate quotes", PROJECTS);
        inputs.put(
                PrepInputs.INTERVIEW, PrepInputs.json(new PrepInputs.Interview("recruiter_screen", null, null, null)));

        InterviewAnswer answer = JSON.treeToValue(new OfflineInterviewPrep().answer(inputs), InterviewAnswer.class);

        InterviewAnswer.Predicted first = answer.predictedQuestions().get(0);
        assertThat(first.situation()).contains("the profile gives no problem context");
        assertThat(first.result()).contains("The profile records no outcome");
    }

    private static Map<String, String> inputs(String requirements, String projects) {
        Map<String, String> inputs = new HashMap<>();
        inputs.put(PrepInputs.TITLE, "Data Engineer");
        inputs.put(PrepInputs.COMPANY, "Acme");
        inputs.put(PrepInputs.REQUIREMENTS, requirements);
        inputs.put(PrepInputs.JD, "We build things.");
        inputs.put(PrepInputs.EXPERIENCE, projects);
        return inputs;
    }
}
