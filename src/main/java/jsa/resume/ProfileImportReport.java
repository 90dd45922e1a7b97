package jsa.resume;

import java.util.List;

/**
 * What {@code jsa profile import} changed.
 *
 * @param rolesRemoved stored roles missing from the file that no resume uses, now deleted
 * @param rolesKept stored roles missing from the file that a stored resume uses, kept by key
 * @param templatesKept stored templates missing from the file, left as they are
 */
public record ProfileImportReport(
        int rolesAdded,
        int rolesUpdated,
        int rolesRemoved,
        List<String> rolesKept,
        int projects,
        int templatesAdded,
        int templatesUpdated,
        int templatesKept) {}
