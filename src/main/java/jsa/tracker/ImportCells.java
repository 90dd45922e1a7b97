package jsa.tracker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jsa.JsaException;
import jsa.tracker.ApplicationCsv.Line;

/** Reads and checks the cells of an application history line; each problem names its column. */
final class ImportCells {
    private static final Set<String> WORK_SETTINGS = Set.of("remote", "hybrid", "onsite");

    private ImportCells() {}

    static <T> T required(String column, T value) {
        if (value == null) {
            throw JsaException.usage(column + " is empty", null);
        }
        return value;
    }

    /** The value of an optional column with a fixed set of values, or null when blank. */
    static <T> T choice(Line line, String column, Function<String, Optional<T>> parse, String values) {
        String cell = line.get(column);
        if (cell == null) {
            return null;
        }
        return parse.apply(cell)
                .orElseThrow(
                        () -> JsaException.usage(column + " '" + cell + "' is not one of: (empty), " + values, null));
    }

    /**
     * The date of {@code column} ({@code status} or {@code outcome}), which is there exactly when
     * the column has a value, on or after {@code notBefore} and not after {@code today}.
     */
    static LocalDate datedWith(Line line, String column, Object value, LocalDate notBefore, LocalDate today) {
        String dateColumn = column + "_date";
        LocalDate date = ApplicationCsv.date(line, dateColumn);
        if (value == null) {
            if (date != null) {
                throw JsaException.usage(dateColumn + " " + date + " is given but " + column + " is empty", null);
            }
            return null;
        }
        if (date == null) {
            throw JsaException.usage(dateColumn + " is empty but " + column + " is " + line.get(column), null);
        }
        ApplicationRules.notFuture(dateColumn, date, today);
        if (date.isBefore(notBefore)) {
            throw JsaException.usage(dateColumn + " " + date + " is before " + notBefore, null);
        }
        return date;
    }

    /** A yearly salary in whole dollars, or null when blank. */
    static BigDecimal salary(Line line, String column) {
        String cell = line.get(column);
        if (cell == null) {
            return null;
        }
        if (!cell.matches("[0-9]{1,9}")) {
            throw JsaException.usage(
                    column + " '" + cell + "' is not a whole number of dollars (write 150000, not $150k)", null);
        }
        return new BigDecimal(cell);
    }

    static Integer years(Line line) {
        String cell = line.get("min_experience_years");
        if (cell == null) {
            return null;
        }
        if (!cell.matches("[0-9]{1,2}")) {
            throw JsaException.usage("min_experience_years '" + cell + "' is not a whole number of years", null);
        }
        return Integer.valueOf(cell);
    }

    static String workSetting(Line line) {
        String cell = line.get("work_setting");
        if (cell == null) {
            return null;
        }
        String setting = cell.toLowerCase(Locale.ROOT);
        if (!WORK_SETTINGS.contains(setting)) {
            throw JsaException.usage(
                    "work_setting '" + cell + "' is not one of: (empty), remote, hybrid, onsite", null);
        }
        return setting;
    }
}
