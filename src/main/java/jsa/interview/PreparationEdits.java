package jsa.interview;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.db.SqliteTypes;
import jsa.tracker.ApplicationDetail;
import jsa.tracker.ApplicationViews;
import jsa.tracker.Job;

/**
 * Editing stored preparations by hand (the seed's admin): a preparation as a Markdown form, and
 * the edited form saved back in one write. An edit keeps who wrote the preparation and records
 * when it was edited, so that {@code generate --force} can say which edits it replaces.
 */
public final class PreparationEdits {
    private static final String SAVED = "Made from the version saved at ";
    private static final Pattern SAVED_AT = Pattern.compile(Pattern.quote(SAVED) + "(\\S+Z)");

    private final Jdbi jdbi;
    private final ApplicationViews applications;

    public PreparationEdits(Jdbi jdbi, ApplicationViews applications) {
        this.jdbi = jdbi;
        this.applications = applications;
    }

    /**
     * The form of application {@code applicationId}'s base preparation, or of interview {@code
     * interviewId}'s preparation when it is not null.
     *
     * @throws JsaException when there is no such application or interview, or no preparation yet
     */
    public String form(long applicationId, Long interviewId) {
        ApplicationDetail detail = applications.detail(applicationId);
        Job job = detail.job();
        String what = interviewId == null
                ? "the base preparation of application " + applicationId
                : "the preparation of interview " + interviewId + " (application " + applicationId + ")";
        Map<String, String> sections;
        Instant saved;
        if (interviewId == null) {
            BasePreparation base = base(applicationId);
            sections = PrepMarkdown.sections(base);
            saved = base.updatedAt();
        } else {
            InterviewPreparation preparation = interview(detail, interviewId);
            sections = PrepMarkdown.sections(preparation);
            saved = preparation.updatedAt();
        }
        String explanation = "jsa interview-prep edit: " + what + ", " + job.listingJobTitle() + " at "
                + job.company() + ".\n"
                + "Edit the Markdown under each '# ' heading and keep the headings; no section may be empty.\n"
                + "Save and quit to store it. Leave it unchanged or empty it to store nothing.\n"
                + SAVED + SqliteTypes.format(saved) + " (an edit of an older version is refused).";
        return PrepForm.write(explanation, sections);
    }

    /**
     * Saves an edited form of what {@link #form} gave for the same arguments.
     *
     * @return whether a section changed; nothing is written when none did
     * @throws JsaException when the form is not valid; nothing is saved then
     */
    public boolean apply(long applicationId, Long interviewId, String form) {
        if (interviewId == null) {
            BasePreparation stored = base(applicationId);
            Map<String, String> edited = PrepForm.read(form, PrepMarkdown.BASE_SECTIONS);
            if (edited.equals(PrepMarkdown.sections(stored))) {
                return false;
            }
            BasePreparation base = new BasePreparation(
                    applicationId,
                    edited.get(PrepMarkdown.JD),
                    edited.get(PrepMarkdown.COMPANY),
                    edited.get(PrepMarkdown.DRIVERS),
                    edited.get(PrepMarkdown.NARRATIVE),
                    stored.provider(),
                    stored.model(),
                    null,
                    null);
            Instant seen = seen(form).orElse(stored.updatedAt());
            written(jdbi.withExtension(PreparationDao.class, dao -> dao.editBase(base, seen)), seen);
            return true;
        }
        InterviewPreparation stored = interview(applications.detail(applicationId), interviewId);
        Map<String, String> edited = PrepForm.read(form, PrepMarkdown.INTERVIEW_SECTIONS);
        if (edited.equals(PrepMarkdown.sections(stored))) {
            return false;
        }
        InterviewPreparation preparation = new InterviewPreparation(
                interviewId,
                edited.get(PrepMarkdown.PREDICTED),
                edited.get(PrepMarkdown.TO_ASK),
                stored.provider(),
                stored.model(),
                null,
                null);
        Instant seen = seen(form).orElse(stored.updatedAt());
        written(jdbi.withExtension(PreparationDao.class, dao -> dao.editInterview(preparation, seen)), seen);
        return true;
    }

    // the version the form was made from, when its comment still says
    private static Optional<Instant> seen(String form) {
        Matcher saved = SAVED_AT.matcher(form);
        return saved.find() ? Optional.of(Instant.parse(saved.group(1))) : Optional.empty();
    }

    // one conditional UPDATE: a generation between making the form and saving it is not overwritten
    private static void written(int rows, Instant seen) {
        if (rows == 0) {
            throw JsaException.failure(
                    "the preparation was written again after the version you edited (saved at "
                            + SqliteTypes.format(seen) + "); nothing was saved",
                    "compare with 'jsa interview-prep show' and edit the new version");
        }
    }

    private BasePreparation base(long applicationId) {
        return jdbi.withExtension(PreparationDao.class, dao -> dao.base(applicationId))
                .orElseThrow(() -> JsaException.failure(
                        "application " + applicationId + " has no interview preparation yet",
                        "generate it with 'jsa interview-prep generate " + applicationId + "'"));
    }

    private InterviewPreparation interview(ApplicationDetail detail, long interviewId) {
        long applicationId = detail.application().id();
        boolean ours =
                detail.pastInterviews().stream().anyMatch(i -> i.interview().id() == interviewId)
                        || detail.upcomingInterviews().stream()
                                .anyMatch(i -> i.interview().id() == interviewId);
        if (!ours) {
            throw JsaException.failure(
                    "application " + applicationId + " has no interview " + interviewId,
                    "'jsa interview-prep show " + applicationId + "' lists its interviews");
        }
        return jdbi.withExtension(PreparationDao.class, dao -> dao.forInterview(interviewId))
                .orElseThrow(() -> JsaException.failure(
                        "interview " + interviewId + " has no preparation yet",
                        "generate it with 'jsa interview-prep generate " + applicationId + " --interview " + interviewId
                                + "'"));
    }
}
