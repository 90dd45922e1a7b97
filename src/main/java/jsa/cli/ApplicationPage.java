package jsa.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jsa.tracker.ApplicationDetail;
import jsa.tracker.ApplicationEvent;
import jsa.tracker.ApplicationRow;
import jsa.tracker.Interview;
import jsa.tracker.InterviewDetail;
import jsa.tracker.Job;

/**
 * The Application Detail view as plain text, Markdown or a standalone HTML page. The content is
 * built once as titled sections; each format only lays them out.
 */
final class ApplicationPage {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** How the page is printed; an enum so that picocli rejects any other value. */
    enum Format {
        text,
        md,
        html
    }

    /** A section: its title, its lines, and whether they are preformatted (the resume). */
    private record Section(String title, List<String> lines, boolean preformatted) {}

    private ApplicationPage() {}

    static String render(ApplicationDetail detail, Format format) {
        ApplicationRow app = detail.application();
        String title = "Application " + app.id() + ": " + app.company() + " — " + app.listingJobTitle();
        List<Section> sections = sections(detail);
        return switch (format) {
            case text -> text(title, sections);
            case md -> markdown(title, sections);
            case html -> html(title, sections);
        };
    }

    private static List<Section> sections(ApplicationDetail detail) {
        ApplicationRow app = detail.application();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                "Status",
                List.of(
                        app.standing() + (app.outcomeNotes() == null ? "" : " (" + app.outcomeNotes() + ")"),
                        "Applied " + app.appliedDate()),
                false));
        sections.add(new Section("Job", job(detail.job()), false));
        sections.add(new Section(
                "Timeline",
                detail.timeline().stream().map(ApplicationPage::event).toList(),
                false));
        if (!detail.pastInterviews().isEmpty()) {
            sections.add(new Section("Past interviews", interviews(detail.pastInterviews()), false));
        }
        if (!detail.upcomingInterviews().isEmpty()) {
            sections.add(new Section("Upcoming interviews", interviews(detail.upcomingInterviews()), false));
        }
        if (!detail.requirements().isEmpty()) {
            sections.add(new Section(
                    "Requirements (rejected: what the posting asked for)",
                    detail.requirements().stream().map(r -> r.text()).toList(),
                    false));
        }
        if (detail.resumeAsSent() != null) {
            sections.add(new Section(
                    "Resume as sent (resume " + detail.resumeId() + ")",
                    detail.resumeAsSent().lines().toList(),
                    true));
        } else {
            sections.add(new Section(
                    "Resume as sent",
                    List.of(
                            detail.resumeId() == null
                                    ? "none recorded"
                                    : "resume " + detail.resumeId() + " cannot be shown"),
                    false));
        }
        return sections;
    }

    private static List<String> job(Job job) {
        return Stream.of(
                        joined(", ", job.location(), job.workSetting()),
                        joined(" · ", job.role(), job.specialization(), job.level()),
                        job.minExperienceYears() == null ? null : job.minExperienceYears() + "+ years of experience",
                        JobListCommand.pay(job).isEmpty() ? null : "Pay: " + JobListCommand.pay(job),
                        joined(
                                " · ",
                                job.source() == null ? null : "Source: " + job.source(),
                                job.externalJobId() == null ? null : "Posting id: " + job.externalJobId(),
                                "Job " + job.id()),
                        job.url())
                .filter(Objects::nonNull)
                .toList();
    }

    private static String event(ApplicationEvent event) {
        String what =
                switch (event.kind()) {
                    case "applied" -> "applied";
                    case "status" -> "status: " + event.value();
                    case "outcome" -> "outcome: " + event.value();
                    case "interview_scheduled" -> "interview scheduled: " + event.value();
                    case "interview_note" -> "interview note (" + event.value() + ")";
                    case "interview_changed" ->
                        "cancelled".equals(event.value())
                                ? "interview cancelled"
                                : "interview changed (" + event.value() + ")";
                    default -> event.kind().replace('_', ' ') + (event.value() == null ? "" : ": " + event.value());
                };
        return event.eventDate() + "  " + what + (event.detail() == null ? "" : " — " + event.detail());
    }

    private static List<String> interviews(List<InterviewDetail> interviews) {
        List<String> lines = new ArrayList<>();
        for (InterviewDetail detail : interviews) {
            Interview i = detail.interview();
            String with = i.interviewerName() == null
                    ? null
                    : "with " + i.interviewerName()
                            + (i.interviewerTitle() == null ? "" : " (" + i.interviewerTitle() + ")");
            lines.add(joined(
                            ", ",
                            MINUTE.format(i.scheduledAt().atZone(ZoneId.systemDefault())) + " " + i.stage(),
                            i.format(),
                            i.focus(),
                            with)
                    + " [interview " + i.id() + "]");
            detail.notes().forEach(note -> lines.add("    note: " + note.text()));
        }
        return lines;
    }

    private static String joined(String separator, String... parts) {
        String text = Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
        return text.isEmpty() ? null : text;
    }

    private static String text(String title, List<Section> sections) {
        StringBuilder out = new StringBuilder(title).append('\n');
        for (Section section : sections) {
            out.append('\n').append(section.title().toUpperCase(Locale.ROOT)).append('\n');
            section.lines().forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }

    private static String markdown(String title, List<Section> sections) {
        StringBuilder out = new StringBuilder("# ").append(title).append('\n');
        for (Section section : sections) {
            out.append("\n## ").append(section.title()).append("\n\n");
            if (section.preformatted()) {
                out.append("```\n");
                section.lines().forEach(line -> out.append(line).append('\n'));
                out.append("```\n");
            } else {
                section.lines()
                        .forEach(line -> out.append("- ").append(line.strip()).append('\n'));
            }
        }
        return out.toString();
    }

    private static String html(String title, List<Section> sections) {
        StringBuilder out = new StringBuilder(
                        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title))
                .append("</title>\n</head>\n<body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n");
        for (Section section : sections) {
            out.append("<h2>").append(escape(section.title())).append("</h2>\n");
            if (section.preformatted()) {
                out.append("<pre>")
                        .append(escape(String.join("\n", section.lines())))
                        .append("</pre>\n");
            } else {
                out.append("<ul>\n");
                section.lines()
                        .forEach(line ->
                                out.append("<li>").append(escape(line.strip())).append("</li>\n"));
                out.append("</ul>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
