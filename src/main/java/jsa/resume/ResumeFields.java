package jsa.resume;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How a resume writes its dates and joins its optional parts, in text and in the PDF alike. */
public final class ResumeFields {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private ResumeFields() {}

    /** "Apr 2023 – present", "Aug 2020 – Mar 2023". */
    public static String dates(LocalDate start, LocalDate end) {
        return MONTH.format(start) + " \u2013 " + (end == null ? "present" : MONTH.format(end));
    }

    /** The year of a {@code YYYY-MM} (or {@code YYYY}) date, or null. */
    public static String year(String yearMonth) {
        return yearMonth == null ? null : yearMonth.substring(0, 4);
    }

    /** The parts that are neither null nor blank, joined by {@code separator}. */
    public static String joined(String separator, String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(separator));
    }
}
