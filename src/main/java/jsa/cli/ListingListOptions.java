package jsa.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import jsa.jobs.ListingFilter;
import jsa.jobs.ListingStatus;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The filters, format and length of the listings view, shared by {@code jobs} and {@code jobs list}. */
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

    @Mixin
    PageOptions page;

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
