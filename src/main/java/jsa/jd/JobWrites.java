package jsa.jd;

import java.util.List;

import jsa.tracker.NewJob;
import jsa.tracker.NewRequirement;

/** A {@link JdModel} as the tracker's records, for parses and edits alike. */
final class JobWrites {
    private JobWrites() {}

    /** The job fields of {@code metadata}, whose company and title are present; no posting yet. */
    static NewJob job(JdMetadata metadata) {
        return new NewJob(
                metadata.company().strip(),
                metadata.listingJobTitle().strip(),
                metadata.role(),
                metadata.specialization(),
                metadata.level(),
                metadata.location(),
                metadata.workSetting(),
                metadata.minExperienceYears(),
                metadata.minSalary(),
                metadata.maxSalary(),
                metadata.salaryCurrency(),
                metadata.salaryPeriod(),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static List<NewRequirement> requirements(List<JdRequirement> requirements) {
        return requirements.stream()
                .map(r -> new NewRequirement(r.text(), r.keywords(), r.relevance()))
                .toList();
    }
}
