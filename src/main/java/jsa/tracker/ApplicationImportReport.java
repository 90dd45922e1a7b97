package jsa.tracker;

import java.util.List;

/**
 * What {@code jsa import applications} did.
 *
 * @param added applications new to the database
 * @param updated applications already there whose status or outcome the file moved on
 * @param unchanged applications already there as the file has them
 * @param bad the lines left out, in file order
 * @param written whether anything was written: false when a bad line stopped the whole import
 */
public record ApplicationImportReport(int added, int updated, int unchanged, List<BadLine> bad, boolean written) {
    /** A line of the file that could not be imported, and why. */
    public record BadLine(int line, String reason) {}

    public ApplicationImportReport {
        bad = List.copyOf(bad);
    }
}
