package jsa.interview;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The answer of an {@code interview-prep} call: one interview's preparation, every text field
 * Markdown.
 *
 * @param predictedQuestions 3 to 5 likely questions, each with a STAR answer
 * @param questionsToAsk exactly 5 questions for the interviewer, each with its rationale
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InterviewAnswer(
        @NotNull @Size(min = 3, max = 5, message = "must hold 3 to 5 questions")
        List<@NotNull @Valid Predicted> predictedQuestions,

        @NotNull @Size(min = 5, max = 5, message = "must hold exactly 5 questions")
        List<@NotNull @Valid ToAsk> questionsToAsk) {
    /** A predicted question and its answer in Situation, Task, Action, Result. */
    public record Predicted(
            @NotBlank String question,
            @NotBlank String situation,
            @NotBlank String task,
            @NotBlank String action,
            @NotBlank String result) {}

    /** A question to ask the interviewer and why it is worth asking. */
    public record ToAsk(@NotBlank String question, @NotBlank String rationale) {}

    /** The predicted questions as Markdown: a heading each, then the STAR parts. */
    String predictedMarkdown() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < predictedQuestions.size(); i++) {
            Predicted p = predictedQuestions.get(i);
            md.append("#### ")
                    .append(i + 1)
                    .append(". ")
                    .append(p.question().strip())
                    .append("\n\n");
            md.append("- **Situation:** ").append(p.situation().strip()).append('\n');
            md.append("- **Task:** ").append(p.task().strip()).append('\n');
            md.append("- **Action:** ").append(p.action().strip()).append('\n');
            md.append("- **Result:** ").append(p.result().strip()).append("\n\n");
        }
        return md.toString().strip();
    }

    /** The questions to ask as a numbered Markdown list with their rationale. */
    String toAskMarkdown() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < questionsToAsk.size(); i++) {
            ToAsk q = questionsToAsk.get(i);
            md.append(i + 1)
                    .append(". **")
                    .append(q.question().strip())
                    .append("**  \n   ")
                    .append(q.rationale().strip())
                    .append('\n');
        }
        return md.toString().strip();
    }
}
