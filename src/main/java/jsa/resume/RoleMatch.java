package jsa.resume;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The templates' role that a job's role matches. A template's role matches when its words equal the
 * job role's words, or, failing that, when they stand together inside the job role's words: template
 * "Data Engineer" fits the job roles "Senior Data Engineer" and "Data Engineer II", but not "Data
 * Engineering Lead" (whole words only) and not "Engineer" (a job role more general than the template's
 * could be any of several templates, so it is not guessed). Of several such template roles the one with
 * the most words wins, then the one of the lowest template id. When no template's role matches, a
 * specialized template stands in for the role its specialization names: "Software Engineer" with
 * specialization "Backend" fits the job role "Backend Engineer" (the specialization, then the last word
 * of the template's role, as whole words inside the job role's).
 *
 * @param key the matched template role's words, as {@link TargetWords#key} gives them
 * @param exact whether the job role has the same words
 * @param extraWords the job role's words around the template role's ("senior" in "Senior Data
 *     Engineer"), where a level may hide
 * @param specialization the specialization the job role named, when it matched through one; else null
 */
record RoleMatch(String key, boolean exact, List<String> extraWords, String specialization) {
    /** @param templates in id order */
    static Optional<RoleMatch> find(String jobRole, List<TemplateSummary> templates) {
        List<String> job = TargetWords.of(jobRole);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        RoleMatch best = null;
        for (TemplateSummary template : templates) {
            List<String> role = TargetWords.of(template.targetRole());
            int start = Collections.indexOfSubList(job, role);
            if (role.isEmpty() || start < 0) {
                continue;
            }
            if (role.size() == job.size()) {
                return Optional.of(new RoleMatch(String.join(" ", role), true, List.of(), null));
            }
            if (best == null || role.size() > TargetWords.of(best.key).size()) {
                best = new RoleMatch(String.join(" ", role), false, extraWords(job, start, role.size()), null);
            }
        }
        return best != null ? Optional.of(best) : throughSpecialization(job, templates);
    }

    private static Optional<RoleMatch> throughSpecialization(List<String> job, List<TemplateSummary> templates) {
        for (TemplateSummary template : templates) {
            List<String> role = TargetWords.of(template.targetRole());
            List<String> named = new ArrayList<>(TargetWords.of(template.targetSpecialization()));
            if (role.isEmpty() || named.isEmpty()) {
                continue;
            }
            named.add(role.get(role.size() - 1));
            int start = Collections.indexOfSubList(job, named);
            if (start >= 0) {
                return Optional.of(new RoleMatch(
                        String.join(" ", role),
                        false,
                        extraWords(job, start, named.size()),
                        template.targetSpecialization()));
            }
        }
        return Optional.empty();
    }

    private static List<String> extraWords(List<String> job, int start, int length) {
        List<String> extra = new ArrayList<>(job.subList(0, start));
        extra.addAll(job.subList(start + length, job.size()));
        return List.copyOf(extra);
    }

    boolean fits(TemplateSummary template) {
        return TargetWords.key(template.targetRole()).equals(key);
    }
}
