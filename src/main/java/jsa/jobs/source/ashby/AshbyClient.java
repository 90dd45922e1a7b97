package jsa.jobs.source.ashby;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jsa.http.JsonFetcher;
import jsa.jobs.source.BoardClient;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.HtmlText;
import jsa.jobs.source.Posting;

import okhttp3.HttpUrl;

/**
 * An Ashby job board: one GET of the whole board with compensation, no paging and no server-side
 * search. A board name that does not exist answers 200 with no jobs, so an empty list here may
 * mean a wrong name rather than an empty board. Unlisted jobs are left out.
 */
public final class AshbyClient extends BoardClient {
    /** The public API host. */
    public static final HttpUrl API = Objects.requireNonNull(HttpUrl.parse("https://api.ashbyhq.com/"));

    public AshbyClient(JsonFetcher fetcher, HttpUrl apiBase, String board, String company) {
        super(fetcher, apiBase, board, company, "Ashby");
    }

    @Override
    public List<Posting> fetch(BoardQuery query) {
        HttpUrl url = apiBase.newBuilder()
                .addPathSegments("posting-api/job-board")
                .addPathSegment(board)
                .addQueryParameter("includeCompensation", "true")
                .build();
        AshbyBoard answer = fetcher.get(url, AshbyBoard.class, what);
        if (answer == null || answer.jobs() == null) {
            throw unusable("sent no 'jobs' list", url);
        }
        if (answer.jobs().stream().anyMatch(job -> job == null || job.id() == null)) {
            throw unusable("sent a job without an id", url);
        }
        return answer.jobs().stream()
                .filter(job -> !Boolean.FALSE.equals(job.isListed()))
                .map(AshbyClient::posting)
                .toList();
    }

    private static Posting posting(AshbyBoard.Job job) {
        Salary salary = Salary.from(job.compensation());
        return new Posting(
                job.id(),
                job.title() == null ? "" : job.title().strip(),
                job.location(),
                null,
                job.jobUrl(),
                job.publishedAt(),
                date(job.publishedAt()),
                job.department() != null ? job.department() : job.team(),
                job.employmentType(),
                salary.min(),
                salary.max(),
                salary.currency(),
                salary.period(),
                description(job));
    }

    private static String description(AshbyBoard.Job job) {
        if (job.descriptionPlain() != null && !job.descriptionPlain().isBlank()) {
            return job.descriptionPlain()
                    .replace('\u00a0', ' ')
                    .replaceAll("[ \\t]+", " ")
                    .replaceAll(" *\\n *", "\n")
                    .replaceAll("\\n{3,}", "\n\n")
                    .strip();
        }
        return HtmlText.of(job.descriptionHtml());
    }

    private static LocalDate date(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The salary range: the board's summary over all tiers, else the first tier that has one. */
    private record Salary(Integer min, Integer max, String currency, String period) {
        private static final Salary NONE = new Salary(null, null, null, null);

        static Salary from(AshbyBoard.Compensation compensation) {
            if (compensation == null) {
                return NONE;
            }
            Stream<AshbyBoard.Component> tiers = compensation.compensationTiers() == null
                    ? Stream.empty()
                    : compensation.compensationTiers().stream()
                            .filter(Objects::nonNull)
                            .flatMap(tier -> tier.components() == null ? Stream.empty() : tier.components().stream());
            Stream<AshbyBoard.Component> summary = compensation.summaryComponents() == null
                    ? Stream.empty()
                    : compensation.summaryComponents().stream();
            return Stream.concat(summary, tiers)
                    .filter(Objects::nonNull)
                    .filter(component -> "Salary".equals(component.compensationType()))
                    .map(Salary::of)
                    .filter(salary -> salary != NONE)
                    .findFirst()
                    .orElse(NONE);
        }

        private static Salary of(AshbyBoard.Component component) {
            String period = period(component.interval());
            Integer min = amount(component.minValue());
            Integer max = amount(component.maxValue());
            if (period == null || (min == null && max == null)) {
                return NONE;
            }
            return new Salary(min, max, component.currencyCode(), period);
        }

        private static String period(String interval) {
            if (interval == null) {
                return null;
            }
            return switch (interval) {
                case "1 YEAR" -> "year";
                case "1 MONTH" -> "month";
                case "1 HOUR" -> "hour";
                // "NONE" (one-off) and weekly pay have no place in a year/month/hour column
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
}
