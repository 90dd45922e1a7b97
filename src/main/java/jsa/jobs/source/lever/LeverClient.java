package jsa.jobs.source.lever;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jsa.http.HttpFailure;
import jsa.http.JsonFetcher;
import jsa.jobs.source.BoardClient;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.HtmlText;
import jsa.jobs.source.Posting;

import okhttp3.HttpUrl;

/**
 * A Lever board: pages of {@value #PAGE_SIZE} postings with {@code skip}/{@code limit} until a short
 * page, no server-side search. The API gives no total, so a page that fails fails the whole fetch.
 * EU sites live only on {@link #EU_API}; the US host answers 404 for them.
 */
public final class LeverClient extends BoardClient {
    /** The public API host. */
    public static final HttpUrl API = Objects.requireNonNull(HttpUrl.parse("https://api.lever.co/"));

    /** The API host of sites hosted in the EU. */
    public static final HttpUrl EU_API = Objects.requireNonNull(HttpUrl.parse("https://api.eu.lever.co/"));

    static final int PAGE_SIZE = 100;

    public LeverClient(JsonFetcher fetcher, HttpUrl apiBase, String site, String company) {
        super(fetcher, apiBase, site, company, "Lever");
    }

    @Override
    public List<Posting> fetch(BoardQuery query) {
        List<Posting> postings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int skip = 0; ; skip += PAGE_SIZE) {
            HttpUrl url = page(skip);
            LeverPosting[] page = fetcher.get(url, LeverPosting[].class, what);
            if (page == null) {
                throw unusable("sent no postings list", url);
            }
            int added = 0;
            for (LeverPosting posting : page) {
                if (posting == null || posting.id() == null) {
                    throw unusable("sent a posting without an id", url);
                }
                // a posting added while paging shifts the pages, so one may show up twice
                if (seen.add(posting.id())) {
                    postings.add(posting(posting));
                    added++;
                }
            }
            if (page.length < PAGE_SIZE) {
                return postings;
            }
            if (added == 0) {
                // without this, a server that ignores skip would be paged forever
                throw new HttpFailure(
                        what + " repeated a page of postings for " + url,
                        "the API may have changed; retry later or report it",
                        null);
            }
        }
    }

    private HttpUrl page(int skip) {
        return apiBase.newBuilder()
                .addPathSegments("v0/postings")
                .addPathSegment(board)
                .addQueryParameter("mode", "json")
                .addQueryParameter("skip", Integer.toString(skip))
                .addQueryParameter("limit", Integer.toString(PAGE_SIZE))
                .build();
    }

    private static Posting posting(LeverPosting posting) {
        LeverPosting.Categories categories = posting.categories() == null
                ? new LeverPosting.Categories(null, null, null, null, null)
                : posting.categories();
        LocalDate created = posting.createdAt() == null
                ? null
                : Instant.ofEpochMilli(posting.createdAt())
                        .atZone(ZoneOffset.UTC)
                        .toLocalDate();
        LeverPosting.SalaryRange pay = posting.salaryRange();
        String period = pay == null ? null : period(pay.interval());
        Integer min = period == null ? null : amount(pay.min());
        Integer max = period == null ? null : amount(pay.max());
        boolean paid = min != null || max != null;
        return new Posting(
                posting.id(),
                posting.text() == null ? "" : posting.text().strip(),
                location(categories),
                null,
                posting.hostedUrl(),
                created == null ? null : created.toString(),
                created,
                categories.department() != null ? categories.department() : categories.team(),
                categories.commitment(),
                paid ? min : null,
                paid ? max : null,
                paid ? pay.currency() : null,
                paid ? period : null,
                description(posting));
    }

    private static String location(LeverPosting.Categories categories) {
        if (categories.location() != null && !categories.location().isBlank()) {
            return categories.location();
        }
        List<String> all = categories.allLocations();
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    /** The opening and body, each titled list, then the closing, as plain text. */
    private static String description(LeverPosting posting) {
        List<String> parts = new ArrayList<>();
        parts.add(text(posting.description(), posting.descriptionPlain()));
        if (posting.lists() != null) {
            for (LeverPosting.Section section : posting.lists()) {
                String items = HtmlText.of(section.content() == null ? null : "<ul>" + section.content() + "</ul>");
                String title = section.text() == null || section.text().isBlank()
                        ? null
                        : section.text().strip();
                parts.add(title == null ? items : items == null ? title : title + "\n" + items);
            }
        }
        parts.add(text(posting.additional(), posting.additionalPlain()));
        String text = String.join(
                "\n\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
        return text.isEmpty() ? null : text;
    }

    /** HTML when there is some, else the plain variant tidied as {@link HtmlText} tidies. */
    private static String text(String html, String plain) {
        if (html != null && !html.isBlank()) {
            return HtmlText.of(html);
        }
        if (plain == null || plain.isBlank()) {
            return null;
        }
        return plain.replace('\u00a0', ' ')
                .replaceAll("[ \\t]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static String period(String interval) {
        if (interval == null) {
            return null;
        }
        return switch (interval) {
            case "per-year-salary" -> "year";
            case "per-month-salary" -> "month";
            case "per-hour-wage" -> "hour";
            // per-week, per-day and one-time pay have no place in a year/month/hour column
            default -> null;
        };
    }

    private static Integer amount(Double value) {
        if (value == null || value.isNaN() || value < 0 || value > Integer.MAX_VALUE) {
            return null;
        }
        return (int) Math.round(value);
    }
}
