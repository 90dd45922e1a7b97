package jsa.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jsa.resume.Profile;
import jsa.resume.ProfileService;
import jsa.resume.Resume;
import jsa.resume.ResumeSummary;
import jsa.resume.ResumeText;

/** Prints stored resumes as text, headed by the stored profile, which it reads once; and describes them in a line. */
final class ResumePrinter {
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ProfileService profiles;
    private final ResumeText text;
    private Profile profile;

    ResumePrinter(ProfileService profiles, boolean ids) {
        this(profiles, ids, false);
    }

    /** @param excluded whether to show excluded bullets and skills categories too, marked */
    ResumePrinter(ProfileService profiles, boolean ids, boolean excluded) {
        this.profiles = profiles;
        this.text = new ResumeText(ids, excluded);
    }

    /**
     * One line about {@code resume}: "resume 12, version 2, job 3: Northwind Analytics, Senior
     * Backend Engineer; template senior-backend; model claude-haiku-5-5 (anthropic); created ...".
     */
    static String header(ResumeSummary resume) {
        String model = resume.model() == null ? "" : "; model " + resume.model() + " (" + resume.provider() + ")";
        return "resume " + resume.id() + ", version " + resume.version() + ", " + resume.target() + "; template "
                + resume.templateName() + model + "; created " + created(resume.createdAt()) + " UTC";
    }

    /** When a resume was written, to the minute, in UTC as stored: "2026-05-01 10:22". */
    static String created(Instant createdAt) {
        return CREATED.format(createdAt);
    }

    String text(Resume resume) {
        if (profile == null) {
            profile = profiles.document().profile();
        }
        return text.render(profile, resume);
    }
}
