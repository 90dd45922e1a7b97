package jsa.db;

import java.util.List;

/**
 * The result of {@code PRAGMA integrity_check} and {@code PRAGMA foreign_key_check}.
 *
 * @param integrityProblems the integrity check's messages; empty when it said "ok"
 * @param foreignKeyViolations one line per row whose parent is missing ({@code table rowid -> parent})
 */
public record IntegrityReport(List<String> integrityProblems, List<String> foreignKeyViolations) {
    public IntegrityReport {
        integrityProblems = List.copyOf(integrityProblems);
        foreignKeyViolations = List.copyOf(foreignKeyViolations);
    }

    /** True when both checks passed. */
    public boolean ok() {
        return integrityProblems.isEmpty() && foreignKeyViolations.isEmpty();
    }
}
