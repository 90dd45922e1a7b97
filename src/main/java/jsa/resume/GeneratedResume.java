package jsa.resume;

/**
 * A resume {@code gen-resume} wrote and stored.
 *
 * @param templateChoice how the template was chosen, one line
 */
public record GeneratedResume(Resume resume, String templateChoice, ResumeSpend spend) {}
