package jsa.resume;

import java.util.List;

/** A stored resume: which job and template it is for, its roles with bullets, and its skills. */
public record Resume(ResumeSummary summary, List<ResumeRole> roles, List<ResumeSkills> skills) {
    public Resume {
        roles = List.copyOf(roles);
        skills = List.copyOf(skills);
    }
}
