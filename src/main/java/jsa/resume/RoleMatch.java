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
 * the most words wins, then the one of the lowest template id.
 *
 * @param key the matched template role's words, as {@link TargetWords#key} gives them
 * @param exact whether the job role has the same words
 * @param extraWords the job role's words around the template role's ("senior" in "Senior Data
 *     Engineer"), where a level may hide
 */
record RoleMatch(String key, boolean exact, List<String> extraWords) {
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
                return Optional.of(new RoleMatch(String.join(" ", role), true, List.of()));
            }
            if (best == null || role.size() > TargetWords.of(best.key).size()) {
                List<String> extra = new ArrayList<>(job.subList(0, start));
                extra.addAll(job.subList(start + role.size(), job.size()));
                best = new RoleMatch(String.join(" ", role), false, List.copyOf(extra));
            }
        }
        return Optional.ofNullable(best);
    }

    boolean fits(TemplateSummary template) {
        return TargetWords.key(template.targetRole()).equals(key);
    }
}
