package jsa.interview;

import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.tracker.ApplicationDetail;
import jsa.tracker.ApplicationViews;
import jsa.tracker.Job;

/**
 * Editing stored preparations by hand (the seed's admin): a preparation as a Markdown form, and
 * the edited form saved back in one write. An edit keeps who wrote the preparation and records
 * when it was edited, so that {@code generate --force} can say which edits it replaces.
 */
public final class PreparationEdits {
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
        Job job = applications.detail(applicationId).job();
        String what = interviewId == null
                ? "the base preparation of application " + applicationId
                : "the preparation of interview " + interviewId + " (application " + applicationId + ")";
        String explanation = "jsa interview-prep edit: " + what + ", " + job.listingJobTitle() + " at "
                + job.company() + ".\n"
                + "Edit the Markdown under each '# ' heading and keep the headings; no section may be empty.\n"
                + "Save and quit to store it. Leave it unchanged or empty it to store nothing.";
        Map<String, String> sections = interviewId == null
                ? PrepMarkdown.sections(base(applicationId))
                : PrepMarkdown.sections(interview(applicationId, interviewId));
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
            jdbi.useTransaction(handle -> handle.attach(PreparationDao.class).editBase(base));
            return true;
        }
        InterviewPreparation stored = interview(applicationId, interviewId);
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
        jdbi.useTransaction(handle -> handle.attach(PreparationDao.class).editInterview(preparation));
        return true;
    }

    private BasePreparation base(long applicationId) {
        return jdbi.withExtension(PreparationDao.class, dao -> dao.base(applicationId))
                .orElseThrow(() -> JsaException.failure(
                        "application " + applicationId + " has no interview preparation yet",
                        "generate it with 'jsa interview-prep generate " + applicationId + "'"));
    }

    private InterviewPreparation interview(long applicationId, long interviewId) {
        ApplicationDetail detail = applications.detail(applicationId);
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
