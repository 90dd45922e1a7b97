package jsa.metrics;

import java.util.Comparator;
import java.util.List;

/** The value of each {@link Dimension} for an application, and the order values are shown in. */
final class DimensionValues {
    static final String NO_RESUME = "no resume";
    static final List<String> SALARY_BANDS = List.of("<$150k", "$150k-$180k", "$180k-$200k", ">$200k");
    static final List<String> EDITED = List.of("edited", "not edited");

    private final LocationGroups locations;

    DimensionValues(LocationGroups locations) {
        this.locations = locations;
    }

    String value(Dimension dimension, MetricsRow row) {
        return switch (dimension) {
            case role -> text(row.role());
            case specialization -> text(row.specialization());
            case level -> text(row.level());
            case location -> locations.group(row.location());
            case work_setting -> text(row.workSetting());
            case min_experience ->
                row.minExperienceYears() == null
                        ? Tally.UNKNOWN
                        : row.minExperienceYears().toString();
            case salary_band -> salaryBand(row.minSalary(), row.maxSalary());
            case template -> row.template() == null ? NO_RESUME : row.template();
            case bullets_edited -> row.bulletsEdited() == null ? NO_RESUME : EDITED.get(row.bulletsEdited() ? 0 : 1);
        };
    }

    /**
     * The band of the range's midpoint (or of its one known end): under $150k, $150k up to $180k,
     * $180k to $200k inclusive, over $200k; "unknown" without a salary.
     */
    static String salaryBand(Long min, Long max) {
        if (min == null && max == null) {
            return Tally.UNKNOWN;
        }
        double mid = min == null ? max : max == null ? min : (min + max) / 2.0;
        int band = mid < 150_000 ? 0 : mid < 180_000 ? 1 : mid <= 200_000 ? 2 : 3;
        return SALARY_BANDS.get(band);
    }

    /**
     * How a dimension's rows are ordered: bands, years and edited-or-not in their natural order,
     * other values by most applications first; unknown values last.
     */
    static Comparator<Tally> order(Dimension dimension) {
        Comparator<Tally> unknownLast = Comparator.comparing(
                t -> t.value().equals(Tally.UNKNOWN) || t.value().equals(NO_RESUME));
        Comparator<Tally> natural =
                switch (dimension) {
                    case salary_band -> Comparator.comparing(t -> SALARY_BANDS.indexOf(t.value()));
                    case bullets_edited -> Comparator.comparing(t -> EDITED.indexOf(t.value()));
                    case min_experience -> Comparator.comparing(t -> years(t.value()));
                    default -> Comparator.comparing(Tally::total).reversed().thenComparing(Tally::value);
                };
        return unknownLast.thenComparing(natural);
    }

    private static int years(String value) {
        return value.equals(Tally.UNKNOWN) ? Integer.MAX_VALUE : Integer.parseInt(value);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? Tally.UNKNOWN : value.strip();
    }
}
