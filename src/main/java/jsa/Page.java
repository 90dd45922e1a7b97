package jsa;

import java.util.List;

/**
 * The rows shown of a list view, and how many there are in all.
 *
 * @param rows the rows shown, in the view's order
 * @param total how many rows the view has, shown or not
 */
public record Page<T>(List<T> rows, long total) {
    public Page {
        rows = List.copyOf(rows);
    }

    /** Whether some rows were left out. */
    public boolean truncated() {
        return total > rows.size();
    }
}
