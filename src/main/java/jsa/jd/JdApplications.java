package jsa.jd;

import java.time.LocalDate;

import jsa.JsaException;
import jsa.tracker.ApplicationService;
import jsa.tracker.ApplicationService.Applied;

/**
 * Records an application to a job description in one step ({@code jsa apply FILE}): the parsed
 * job and its application are filed in one transaction, so a refused application (the job was
 * applied to already) leaves the stored job as it was.
 */
public final class JdApplications {
    private final JdService jd;
    private final ApplicationService applications;

    public JdApplications(JdService jd, ApplicationService applications) {
        this.jd = jd;
        this.applications = applications;
    }

    /**
     * Parses and stores {@code request}'s job and applies to it.
     *
     * @param date the application date, or null for today
     * @param resumeId the resume sent, or null for the job's newest
     * @throws JsaException when the parse, the filing or the application is refused
     */
    public Applied apply(JdRequest request, LocalDate date, Long resumeId) {
        ApplicationService.Filing filing = applications.onFiling(date, resumeId);
        ParsedJd parsed = jd.parse(request, filing);
        if (parsed.notSaved() != null) {
            throw parsed.notSaved();
        }
        return filing.applied();
    }
}
