package jsa.interview;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jsa.tracker.Interview;

/** Interview preparation as Markdown: the base sections, then the selected interview's. */
final class PrepMarkdown {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final String JD = "Job description";
    static final String COMPANY = "Company and product";
    static final String DRIVERS = "Primary drivers";
    static final String NARRATIVE = "Background narrative";
    static final List<String> BASE_SECTIONS = List.of(JD, COMPANY, DRIVERS, NARRATIVE);
    static final String PREDICTED = "Predicted questions";
    static final String TO_ASK = "Questions to ask";
    static final List<String> INTERVIEW_SECTIONS = List.of(PREDICTED, TO_ASK);

    private PrepMarkdown() {}

    /** The base preparation's sections, as the interview calls get it and the view shows it. */
    static String base(BasePreparation base) {
        StringBuilder md = new StringBuilder();
        sections(base).forEach((name, text) -> md.append(md.length() == 0 ? "" : "\n")
                .append("## ")
                .append(name)
                .append("\n\n")
                .append(text)
                .append('\n'));
        return md.toString();
    }

    /** The base preparation's sections by name, in reading order. */
    static Map<String, String> sections(BasePreparation base) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(JD, base.formattedJd());
        sections.put(COMPANY, base.companyContext());
        sections.put(DRIVERS, base.primaryDrivers());
        sections.put(NARRATIVE, base.backgroundNarrative());
        return sections;
    }

    /** The interview preparation's sections by name, in reading order. */
    static Map<String, String> sections(InterviewPreparation preparation) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(PREDICTED, preparation.predictedQuestions());
        sections.put(TO_ASK, preparation.interviewerQuestions());
        return sections;
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
                .append(edited(view.base().editedAt(), view.zone()))
                .append(".\n\n")
                .append(base(view.base()));
        if (!view.interviews().isEmpty()) {
            md.append("\n## Interviews\n\n");
            for (Interview interview : view.interviews()) {
                md.append("- ")
                        .append(line(interview, view.zone()))
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
                    .append(line(view.selected(), view.zone()))
                    .append("\n\n")
                    .append("Prepared by ")
                    .append(by(prep.provider(), prep.model()))
                    .append(edited(prep.editedAt(), view.zone()))
                    .append(".\n");
            sections(prep).forEach((name, text) -> md.append("\n### ")
                    .append(name)
                    .append("\n\n")
                    .append(text)
                    .append('\n'));
        }
        return md.toString();
    }

    private static String line(Interview interview, ZoneId zone) {
        String what = interview.stage().replace('_', ' ')
                + (interview.focus() == null ? "" : " (" + interview.focus().replace('_', ' ') + ")");
        return "Interview " + interview.id() + ": " + what + ", "
                + when(interview.scheduledAt(), zone)
                + (interview.interviewerName() == null ? "" : " with " + interview.interviewerName());
    }

    private static String edited(Instant at, ZoneId zone) {
        return at == null ? "" : ", edited by you " + when(at, zone);
    }

    // the zone's id, not its abbreviation ("CET" or "IST" can mean several zones); UTC by that name
    private static String when(Instant at, ZoneId zone) {
        ZoneId fixed = zone.normalized();
        String name = fixed.equals(ZoneOffset.UTC) ? "UTC" : fixed instanceof ZoneOffset ? "UTC" + fixed : zone.getId();
        return WHEN.format(at.atZone(zone)) + " " + name;
    }

    private static String by(String provider, String model) {
        return "offline".equals(provider) ? "the offline rules (not a language model)" : model + " (" + provider + ")";
    }
}
