package jsa.jobs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The applicant tracking systems whose public job-board APIs jsa reads. */
public enum Platform {
    WORKDAY,
    GREENHOUSE,
    LEVER,
    ASHBY,
    SMARTRECRUITERS;

    /** The lower-case name used in YAML, the database and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
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
