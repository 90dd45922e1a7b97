package jsa.interview;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jsa.tracker.Interview;

/** Interview preparation as Markdown: the base sections, then the selected interview's. */
final class PrepMarkdown {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private PrepMarkdown() {}

    /** The base preparation's sections, as the interview calls get it and the view shows it. */
    static String base(BasePreparation base) {
        return "## Job description\n\n" + base.formattedJd() + "\n\n## Company and product\n\n"
                + base.companyContext() + "\n\n## Primary drivers\n\n" + base.primaryDrivers()
                + "\n\n## Background narrative\n\n" + base.backgroundNarrative() + "\n";
    }

    static String document(PreparationView view) {
        StringBuilder md = new StringBuilder();
        md.append("# Interview preparation: ")
                .append(view.job().listingJobTitle())
                .append(" at ")
                .append(view.job().company())
                .append("\n\n")
                .append("Application ")
                .append(view.applicationId())
                .append("; base preparation written by ")
                .append(by(view.base().provider(), view.base().model()))
                .append(".\n\n")
                .append(base(view.base()));
        if (!view.interviews().isEmpty()) {
            md.append("\n## Interviews\n\n");
            for (Interview interview : view.interviews()) {
                md.append("- ")
                        .append(line(interview))
                        .append(view.prepared().contains(interview.id()) ? ", prepared" : ", not prepared")
                        .append(
                                view.selected() != null && view.selected().id() == interview.id()
                                        ? " (shown below)"
                                        : "")
                        .append('\n');
            }
        }
        if (view.selected() != null && view.preparation() != null) {
            InterviewPreparation prep = view.preparation();
            md.append("\n## ")
                    .append(line(view.selected()))
                    .append("\n\n")
                    .append("Prepared by ")
                    .append(by(prep.provider(), prep.model()))
                    .append(".\n\n### Predicted questions\n\n")
                    .append(prep.predictedQuestions())
                    .append("\n\n### Questions to ask\n\n")
                    .append(prep.interviewerQuestions())
                    .append('\n');
        }
        return md.toString();
    }

    private static String line(Interview interview) {
        String what = interview.stage().replace('_', ' ')
                + (interview.focus() == null ? "" : " (" + interview.focus().replace('_', ' ') + ")");
        return "Interview " + interview.id() + ": " + what + ", " + WHEN.format(interview.scheduledAt())
                + (interview.interviewerName() == null ? "" : " with " + interview.interviewerName());
    }

    private static String by(String provider, String model) {
        return "offline".equals(provider) ? "the offline rules (not a language model)" : model + " (" + provider + ")";
    }
}
