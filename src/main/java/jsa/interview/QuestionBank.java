package jsa.interview;

import java.util.ArrayList;
import java.util.List;

/**
 * The offline engine's questions per interview stage and focus: those an interviewer is likely to
 * ask, and those worth asking back. {@code {driver}}, {@code {driver2}}, {@code {title}} and
 * {@code {company}} are filled in from the job.
 */
final class QuestionBank {
    /** A likely question and the theme its answer's project is matched on. */
    record Likely(String question, String theme) {}

    /** A question to ask and what its answer tells. */
    record ToAsk(String question, String rationale) {}

    private QuestionBank() {}

    /** Four questions of the stage, or two of the focus and three of the stage. */
    static List<Likely> likely(String stage, String focus) {
        List<Likely> questions = new ArrayList<>(forFocus(focus));
        List<Likely> ofStage = forStage(stage);
        questions.addAll(ofStage.subList(0, questions.isEmpty() ? 4 : 3));
        return questions;
    }

    private static List<Likely> forStage(String stage) {
        return switch (stage) {
            case "recruiter_screen" ->
                List.of(
                        new Likely("Walk me through your background.", "{driver}"),
                        new Likely("Why this {title} role at {company}?", "{driver2}"),
                        new Likely("Tell me about your experience with {driver}.", "{driver}"),
                        new Likely("Which project are you proudest of, and why?", "{driver} {driver2}"));
            case "technical_screen" ->
                List.of(
                        new Likely("Walk me through something you built that relied on {driver}.", "{driver}"),
                        new Likely("How have you used {driver2} in practice, and what went wrong?", "{driver2}"),
                        new Likely(
                                "Tell me about a hard technical problem: how did you find the cause?",
                                "latency performance debugging incident failure"),
                        new Likely(
                                "How do you make sure a change is correct and safe to ship?",
                                "testing monitoring tracing review deployment"));
            default ->
                List.of(
                        new Likely(
                                "Tell me about a time you owned a problem from start to finish.",
                                "{driver} design led"),
                        new Likely(
                                "Tell me about a time you disagreed with a teammate or a stakeholder.",
                                "team stakeholders product migration"),
                        new Likely("Describe a decision you made with incomplete information.", "{driver2} trade-off"),
                        new Likely("What impact would you have here in your first six months?", "{driver}"));
        };
    }

    private static List<Likely> forFocus(String focus) {
        if (focus == null) {
            return List.of();
        }
        return switch (focus) {
            case "coding" ->
                List.of(
                        new Likely(
                                "Tell me about code you wrote for {driver}: how did you structure and test it?",
                                "{driver}"),
                        new Likely(
                                "How do you approach an unfamiliar coding problem under time pressure?", "{driver2}"));
            case "system_design" ->
                List.of(
                        new Likely(
                                "Design a system for {driver} at scale: where would you start?",
                                "{driver} scale pipeline"),
                        new Likely(
                                "What trade-offs did you make in the architecture of the largest system you worked on?",
                                "architecture throughput latency"));
            case "behavioral" ->
                List.of(
                        new Likely(
                                "Tell me about a time something you owned failed. What changed afterwards?",
                                "incident"),
                        new Likely("Tell me about a time you helped a colleague or a team get better.", "team"));
            default ->
                List.of(
                        new Likely(
                                "How do you keep your manager informed, and how do you like to be managed?",
                                "{driver}"),
                        new Likely("Where do you want to grow in the next two years?", "{driver2}"));
        };
    }

    /** Five questions for the interviewer: the stage's, the fourth replaced by the focus's. */
    static List<ToAsk> toAsk(String stage, String focus) {
        List<ToAsk> questions = new ArrayList<>(
                switch (stage) {
                    case "recruiter_screen" ->
                        List.of(
                                new ToAsk(
                                        "What does the process look like from here, and what does each stage assess?",
                                        "You can prepare for each step and know the timeline."),
                                new ToAsk(
                                        "Why is this role open now?",
                                        "Tells growth from backfill, and where the pressure is."),
                                new ToAsk(
                                        "What would success look like in the first six months?",
                                        "Shows what the team will judge you on."),
                                new ToAsk(
                                        "How is the team organised, and who would I work with most?",
                                        "Shows the team's shape and your place in it."),
                                new ToAsk("What range is budgeted for the role?", "Avoids a late surprise on pay."));
                    case "technical_screen" ->
                        List.of(
                                new ToAsk(
                                        "What does the stack around {driver} look like, and what is changing?",
                                        "Shows whether your experience with {driver} meets their current work."),
                                new ToAsk(
                                        "How does a change get from a branch to production?",
                                        "Shows the engineering practices: review, tests, deployment."),
                                new ToAsk(
                                        "What is the hardest technical problem the team faces now?",
                                        "Tells you what you would work on, and invites you to show how you would approach it."),
                                new ToAsk(
                                        "How are on-call and incidents handled?",
                                        "Tells the operational load and culture."),
                                new ToAsk(
                                        "How is technical debt weighed against new features?",
                                        "Shows how much room there is to do things well."));
                    default ->
                        List.of(
                                new ToAsk(
                                        "What would you want me to have achieved after a year?",
                                        "States the expectations the role is measured by."),
                                new ToAsk(
                                        "How are decisions made when teams disagree?",
                                        "Shows how influence and conflict work here."),
                                new ToAsk(
                                        "How does someone grow from this level to the next here?",
                                        "Tells whether there is a path and what it takes."),
                                new ToAsk(
                                        "What do the best people on this team do differently?",
                                        "Shows what the team values in practice."),
                                new ToAsk(
                                        "Is there anything in my background that gives you pause?",
                                        "A last chance to answer a concern before the decision."));
                });
        if (focus != null) {
            questions.set(
                    3,
                    switch (focus) {
                        case "coding" ->
                            new ToAsk(
                                    "How is code review done here, and what does a good review look like?",
                                    "Shows the quality bar and how feedback is given.");
                        case "system_design" ->
                            new ToAsk(
                                    "Which part of the architecture would you redesign if you could?",
                                    "Shows the known weak spots and how candidly they are discussed.");
                        case "behavioral" ->
                            new ToAsk(
                                    "How does the team give each other feedback?",
                                    "Shows whether feedback is a habit or an event.");
                        default ->
                            new ToAsk(
                                    "How do you run one-on-ones, and how do you give feedback?",
                                    "Shows how this manager works with their reports.");
                    });
        }
        return questions;
    }
}
