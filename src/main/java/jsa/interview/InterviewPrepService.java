package jsa.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.llm.Answer;
import jsa.llm.LlmException;
import jsa.llm.TokenUsage;
import jsa.resume.ExperienceProject;
import jsa.resume.ExperienceRole;
import jsa.resume.GroundingCheck;
import jsa.resume.ProfileDocument;
import jsa.resume.ProfileService;
import jsa.resume.Ungrounded;
import jsa.tracker.ApplicationDetail;
import jsa.tracker.ApplicationViews;
import jsa.tracker.Interview;
import jsa.tracker.InterviewDetail;
import jsa.tracker.InterviewService;
import jsa.tracker.Job;
import jsa.tracker.JobService;
import jsa.tracker.UpcomingInterview;

/**
 * Generates interview preparation on demand (the seed's InterviewPrepGenerator): one call for an
 * application's base preparation, then one call per interview, whose shared prefix is the job, the
 * experience and the base. Each answer is validated before it is written, in its own transaction;
 * figures and tools in predicted answers that no project states are reported, as for resume bullets.
 */
public final class InterviewPrepService {
    private final Jdbi jdbi;
    private final ApplicationViews applications;
    private final InterviewService interviews;
    private final JobService jobs;
    private final ProfileService profiles;
    private final InterviewPrepWriter writer;
    private final GroundingCheck grounding = new GroundingCheck();

    public InterviewPrepService(
            Jdbi jdbi,
            ApplicationViews applications,
            InterviewService interviews,
            JobService jobs,
            ProfileService profiles,
            InterviewPrepWriter writer) {
        this.jdbi = jdbi;
        this.applications = applications;
        this.interviews = interviews;
        this.jobs = jobs;
        this.profiles = profiles;
        this.writer = writer;
    }

    /** Which stored preparations a generation writes again; missing ones are always written. */
    public enum Rewrite {
        /** None: only missing preparations are written ({@code generate}). */
        NONE,
        /** Those the user has not edited ({@code --force}). */
        UNEDITED,
        /** All, the user's edits too ({@code --force --discard-edits}). */
        ALL;

        boolean replaces(Instant editedAt) {
            return this == ALL || (this == UNEDITED && editedAt == null);
        }
    }

    /**
     * Writes the base preparation of application {@code applicationId} and the preparation of
     * interview {@code interviewId}, or of every upcoming interview when it is null. Stored
     * preparations are written again as {@code rewrite} says; with {@code interviewId} the base
     * is written only when missing, as the interview's own preparation is what was asked for.
     *
     * @throws JsaException when there is no such application or interview, or the application has
     *     no interview to prepare for (then nothing is asked)
     * @throws LlmException when a call fails or its answer is invalid; what was written before stays
     */
    public GenerationReport generate(long applicationId, Long interviewId, Rewrite rewrite) {
        ApplicationDetail detail = applications.detail(applicationId);
        List<Interview> targets = targets(detail, interviewId);
        Map<String, String> inputs = new LinkedHashMap<>();
        Job job = detail.job();
        inputs.put(PrepInputs.TITLE, job.listingJobTitle());
        inputs.put(PrepInputs.COMPANY, job.company());
        inputs.put(
                PrepInputs.REQUIREMENTS,
                jobs.show(job.id()).requirements().stream()
                        .map(r -> "- " + r.text())
                        .collect(Collectors.joining("\n")));
        inputs.put(PrepInputs.JD, job.rawJdText() == null ? "(no description stored)" : job.rawJdText());
        ProfileDocument profile = profiles.document();
        inputs.put(PrepInputs.EXPERIENCE, PrepInputs.json(projects(profile)));
        ExperienceRole allProjects = allProjects(profile);
        List<String> ungrounded = new ArrayList<>();
        Spend spend = new Spend();

        Optional<BasePreparation> stored = jdbi.withExtension(PreparationDao.class, dao -> dao.base(applicationId));
        BasePreparation base;
        boolean baseWritten = stored.isEmpty()
                || (interviewId == null && rewrite.replaces(stored.get().editedAt()));
        List<String> editsReplaced = new ArrayList<>();
        List<String> editsKept = new ArrayList<>();
        if (stored.map(BasePreparation::editedAt).isPresent()) {
            if (baseWritten) {
                editsReplaced.add("base");
            } else if (interviewId == null && rewrite != Rewrite.NONE) {
                editsKept.add("base");
            }
        }
        if (baseWritten) {
            Answer<BaseAnswer> answer = spend.add(writer.base(inputs));
            BaseAnswer value = answer.value();
            base = new BasePreparation(
                    applicationId,
                    value.formattedJd().strip(),
                    value.companyContext().strip(),
                    value.driversMarkdown(),
                    value.narrativeMarkdown(),
                    answer.provider(),
                    answer.model(),
                    null,
                    null);
            jdbi.useTransaction(handle -> handle.attach(PreparationDao.class).saveBase(base));
        } else {
            base = stored.orElseThrow();
        }

        inputs.put(PrepInputs.BASE, PrepMarkdown.base(base));
        List<Long> written = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        for (Interview interview : targets) {
            Optional<InterviewPreparation> existing =
                    jdbi.withExtension(PreparationDao.class, dao -> dao.forInterview(interview.id()));
            Instant edited = existing.map(InterviewPreparation::editedAt).orElse(null);
            if (existing.isPresent() && !rewrite.replaces(edited)) {
                kept.add(interview.id());
                if (edited != null && rewrite != Rewrite.NONE) {
                    editsKept.add(Long.toString(interview.id()));
                }
                continue;
            }
            if (edited != null) {
                editsReplaced.add(Long.toString(interview.id()));
            }
            inputs.put(
                    PrepInputs.INTERVIEW,
                    PrepInputs.json(new PrepInputs.Interview(
                            interview.stage(), interview.focus(), interview.format(), interviewer(interview))));
            Answer<InterviewAnswer> answer = spend.add(writer.interview(inputs));
            List<InterviewAnswer.Predicted> predicted = answer.value().predictedQuestions();
            for (int i = 0; i < predicted.size(); i++) {
                InterviewAnswer.Predicted p = predicted.get(i);
                String star = String.join("\n", p.situation(), p.task(), p.action(), p.result());
                List<Ungrounded> flags = grounding.check(star, allProjects);
                if (!flags.isEmpty()) {
                    ungrounded.add("interview " + interview.id() + ", predicted question " + (i + 1) + ": "
                            + flags.stream().map(Ungrounded::text).collect(Collectors.joining(", ")));
                }
            }
            InterviewPreparation preparation = new InterviewPreparation(
                    interview.id(),
                    answer.value().predictedMarkdown(),
                    answer.value().toAskMarkdown(),
                    answer.provider(),
                    answer.model(),
                    null,
                    null);
            jdbi.useTransaction(handle -> handle.attach(PreparationDao.class).saveInterview(preparation));
            written.add(interview.id());
        }
        return new GenerationReport(
                applicationId,
                baseWritten,
                written,
                kept,
                editsReplaced,
                editsKept,
                ungrounded,
                spend.calls,
                spend.usage,
                spend.cost,
                spend.provider,
                spend.model);
    }

    /**
     * Prepares every interview of the next {@code days} days (0: today) that has no preparation
     * yet, in time order, with its application's base preparation when that is missing too.
     *
     * @return one report per interview prepared; empty when there was nothing to do
     * @throws LlmException when a call fails or its answer is invalid; the interviews prepared
     *     before it stay prepared
     */
    public List<GenerationReport> generateUpcoming(int days) {
        List<GenerationReport> reports = new ArrayList<>();
        for (UpcomingInterview interview : interviews.upcoming(null, false)) {
            if (interview.daysUntil() > days) {
                break;
            }
            boolean prepared = jdbi.withExtension(PreparationDao.class, dao -> dao.forInterview(interview.id()))
                    .isPresent();
            if (!prepared) {
                reports.add(generate(interview.applicationId(), interview.id(), Rewrite.NONE));
            }
        }
        return reports;
    }

    private static List<Interview> targets(ApplicationDetail detail, Long interviewId) {
        long id = detail.application().id();
        List<Interview> all = new ArrayList<>();
        detail.pastInterviews().forEach(i -> all.add(i.interview()));
        detail.upcomingInterviews().forEach(i -> all.add(i.interview()));
        if (all.isEmpty()) {
            throw JsaException.failure(
                    "application " + id + " has no interviews, so there is nothing to prepare for",
                    "schedule one with 'jsa interview add " + id + " --stage STAGE --at TIME'");
        }
        if (interviewId != null) {
            return List.of(all.stream()
                    .filter(i -> i.id() == interviewId)
                    .findFirst()
                    .orElseThrow(() -> JsaException.failure(
                            "application " + id + " has no interview " + interviewId, "its interviews: " + ids(all))));
        }
        if (detail.upcomingInterviews().isEmpty()) {
            throw JsaException.failure(
                    "application " + id + " has no upcoming interviews",
                    "name a past one with --interview ID (its interviews: " + ids(all) + ")");
        }
        return detail.upcomingInterviews().stream()
                .map(InterviewDetail::interview)
                .toList();
    }

    private static String ids(List<Interview> interviews) {
        return interviews.stream().map(i -> Long.toString(i.id())).collect(Collectors.joining(", "));
    }

    // years within the profile's span are grounded, as on a resume
    private static ExperienceRole allProjects(ProfileDocument profile) {
        List<ExperienceProject> projects = new ArrayList<>();
        profile.experience().forEach(role -> projects.addAll(role.projects()));
        LocalDate start = profile.experience().stream()
                .map(ExperienceRole::startDate)
                .min(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
        return new ExperienceRole("all_projects", "-", "-", start, null, null, projects);
    }

    private static List<PrepInputs.Project> projects(ProfileDocument profile) {
        List<PrepInputs.Project> projects = new ArrayList<>();
        profile.experience().forEach(role -> role.projects()
                .forEach(p -> projects.add(new PrepInputs.Project(
                        role.company(),
                        role.title(),
                        p.shortName(),
                        p.problemContext(),
                        p.actions(),
                        p.tools(),
                        p.outcomes()))));
        return projects;
    }

    private static String interviewer(Interview interview) {
        if (interview.interviewerName() == null && interview.interviewerTitle() == null) {
            return null;
        }
        if (interview.interviewerTitle() == null) {
            return interview.interviewerName();
        }
        return interview.interviewerName() == null
                ? interview.interviewerTitle()
                : interview.interviewerName() + ", " + interview.interviewerTitle();
    }

    /** What the calls so far took. */
    private static final class Spend {
        private int calls;
        private TokenUsage usage = TokenUsage.NONE;
        private double cost;
        private String provider;
        private String model;

        <T> Answer<T> add(Answer<T> answer) {
            calls++;
            usage = usage.plus(answer.usage());
            cost += answer.costUsd();
            provider = answer.provider();
            model = answer.model();
            return answer;
        }
    }
}
