package jsa.resume;

import jsa.llm.Answer;
import jsa.llm.TokenUsage;

/**
 * What writing a resume took: its calls, their tokens and their cost.
 *
 * @param costUsd 0 for the offline engine and for models without a price
 */
public record ResumeSpend(int calls, TokenUsage usage, double costUsd) {
    static final ResumeSpend NONE = new ResumeSpend(0, TokenUsage.NONE, 0);

    /** This spend and {@code answer}'s call. */
    ResumeSpend plus(Answer<?> answer) {
        return new ResumeSpend(calls + 1, usage.plus(answer.usage()), costUsd + answer.costUsd());
    }
}
