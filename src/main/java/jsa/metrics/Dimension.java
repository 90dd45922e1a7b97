package jsa.metrics;

/** What the callback analysis groups applications by; the name is the JSON key under {@code by_dimension}. */
public enum Dimension {
    role,
    specialization,
    level,
    location,
    work_setting,
    min_experience,
    salary_band,
    template,
    bullets_edited
}
