package jsa.jd;

import jsa.jd.SalaryExtractor.Salary;

/**
 * Reads a job description with fixed rules, without a network or a model: the pay range, the
 * required years, the work setting, the company, title and location, and the requirements as short
 * phrases. Deterministic and stateless, so one instance may serve any number of threads. Each field
 * has its own extractor; this class only puts their answers together.
 */
public final class OfflineJdParser {

    /** The model of {@code normalizedText}, which should come from {@link JdText#normalize}. */
    public JdModel parse(String normalizedText) {
        JdDocument doc = JdDocument.of(normalizedText == null ? "" : normalizedText);
        String title = TitleExtractor.extract(doc);
        String location = LocationExtractor.extract(doc);
        LevelAndRole split = LevelAndRole.of(title).withoutPlace(location);
        Salary salary = SalaryExtractor.extract(doc);
        JdMetadata metadata = new JdMetadata(
                CompanyExtractor.extract(doc),
                title,
                split.role(),
                split.specialization(),
                split.level(),
                location,
                WorkSettingExtractor.extract(doc),
                ExperienceExtractor.extract(doc),
                salary == null ? null : salary.min(),
                salary == null ? null : salary.max(),
                salary == null ? null : salary.currency(),
                salary == null ? null : salary.period());
        return new JdModel(metadata, RequirementExtractor.extract(doc));
    }
}
