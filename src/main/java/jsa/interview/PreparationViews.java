package jsa.interview;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.tracker.ApplicationDetail;
import jsa.tracker.ApplicationViews;
import jsa.tracker.Interview;
import jsa.tracker.InterviewDetail;

/** The read side of interview preparation: the Interview Preparation view. */
public final class PreparationViews {
    private final Jdbi jdbi;
    private final ApplicationViews applications;
    private final ZoneId zone;

    /** @param zone the user's time zone, which interview times are shown in */
    public PreparationViews(Jdbi jdbi, ApplicationViews applications, ZoneId zone) {
        this.jdbi = jdbi;
        this.applications = applications;
        this.zone = zone;
    }

    /**
     * The preparation of application {@code applicationId} with interview {@code interviewId}'s,
     * or the next upcoming interview's when it is null.
     *
     * @throws JsaException when there is no such application or interview, or no base preparation
     */
    public PreparationView show(long applicationId, Long interviewId) {
        ApplicationDetail detail = applications.detail(applicationId);
        List<Interview> interviews = new ArrayList<>();
        detail.pastInterviews().forEach(i -> interviews.add(i.interview()));
        detail.upcomingInterviews().forEach(i -> interviews.add(i.interview()));
        Interview selected;
        if (interviewId != null) {
            selected = interviews.stream()
                    .filter(i -> i.id() == interviewId)
                    .findFirst()
                    .orElseThrow(() -> JsaException.failure(
                            "application " + applicationId + " has no interview " + interviewId,
                            "'jsa interview-prep show " + applicationId + "' lists its interviews"));
        } else {
            selected = detail.upcomingInterviews().stream()
                    .map(InterviewDetail::interview)
                    .findFirst()
                    .orElse(null);
        }
        return jdbi.inTransaction(handle -> {
            PreparationDao dao = handle.attach(PreparationDao.class);
            BasePreparation base = dao.base(applicationId)
                    .orElseThrow(() -> JsaException.failure(
                            "application " + applicationId + " has no interview preparation yet",
                            "generate it with 'jsa interview-prep generate " + applicationId + "'"));
            Set<Long> prepared = new HashSet<>(dao.prepared(applicationId));
            InterviewPreparation preparation =
                    selected == null ? null : dao.forInterview(selected.id()).orElse(null);
            return new PreparationView(
                    applicationId, detail.job(), base, interviews, prepared, selected, preparation, zone);
        });
    }
}
