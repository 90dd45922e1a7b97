package jsa.cli;

import jsa.resume.Profile;
import jsa.resume.ProfileService;
import jsa.resume.Resume;
import jsa.resume.ResumeText;

/** Prints stored resumes as text, headed by the stored profile, which it reads once. */
final class ResumePrinter {
    private final ProfileService profiles;
    private final ResumeText text;
    private Profile profile;

    ResumePrinter(ProfileService profiles, boolean ids) {
        this.profiles = profiles;
        this.text = new ResumeText(ids);
    }

    String text(Resume resume) {
        if (profile == null) {
            profile = profiles.document().profile();
        }
        return text.render(profile, resume);
    }
}
