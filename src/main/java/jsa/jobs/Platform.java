package jsa.jobs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The applicant tracking systems whose public job-board APIs jsa reads, and {@link #OTHER} for
 * companies without one (their listings come from {@code jsa jobs add}).
 */
public enum Platform {
    WORKDAY,
    GREENHOUSE,
    LEVER,
    ASHBY,
    SMARTRECRUITERS,
    OTHER;

    /** The lower-case name used in YAML, the database and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when jsa can sync the company's board. */
    public boolean hasBoard() {
        return this != OTHER;
    }

    /** The platform called {@code id}, ignoring case. */
    public static Optional<Platform> byId(String id) {
        return Arrays.stream(values())
                .filter(p -> p.id().equalsIgnoreCase(id.trim()))
                .findFirst();
    }

    /** "workday, greenhouse, ...", for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Platform::id).collect(Collectors.joining(", "));
    }
}
