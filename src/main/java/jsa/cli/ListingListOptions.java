package jsa.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import jsa.JsaException;
import jsa.jobs.ListingFilter;
import jsa.jobs.ListingStatus;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The filters and format of the listings view, shared by {@code jobs} and {@code jobs list}. */
final class ListingListOptions {
    @Option(
            names = "--status",
            paramLabel = "STATUS",
            defaultValue = "new",
            converter = StatusOrAll.class,
            completionCandidates = StatusOrAll.class,
            description = "new (default), interested, dismissed, applied or all.")
    ListingStatus status;

    @Option(names = "--company", paramLabel = "NAME", description = "Only this company.")
    String company;

    @Option(names = "--keyword", paramLabel = "WORD", description = "Only titles containing this.")
    String keyword;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or md.")
    OutputFormat format;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "At most N listings, newest first; 0 for all. Default: " + SCREENFUL
                    + " for a table or md, all otherwise.")
    Integer limit;

    /** Rows a person reads at once: a sync can bring in tens of thousands. */
    static final int SCREENFUL = 50;

    /** How many listings to show: {@code --limit}, else a screenful for people and all for programs (0). */
    int limit() {
        if (limit != null) {
            if (limit < 0) {
                throw JsaException.usage("--limit " + limit + " is negative", "give a count, or 0 for all listings");
            }
            return limit;
        }
        return format == OutputFormat.table || format == OutputFormat.md ? SCREENFUL : 0;
    }

    ListingFilter filter() {
        return new ListingFilter(status, company, keyword);
    }

    /** A listing status, or {@code all} (null: no filter). */
    static final class StatusOrAll implements ITypeConverter<ListingStatus>, Iterable<String> {
        private static final List<String> NAMES = List.of("new", "interested", "dismissed", "applied", "all");

        @Override
        public ListingStatus convert(String value) {
            if (!NAMES.contains(value.toLowerCase(Locale.ROOT))) {
                throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", NAMES));
            }
            return value.equalsIgnoreCase("all") ? null : ListingStatus.of(value);
        }

        @Override
        public Iterator<String> iterator() {
            return NAMES.iterator();
        }
    }
}
