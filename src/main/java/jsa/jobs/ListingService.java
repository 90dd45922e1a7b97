package jsa.jobs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.Page;

/**
 * The review of fetched listings: the listings view (stale listings and inactive companies
 * hidden), status changes by the design's rules, and the bulk actions.
 */
public final class ListingService {
    private static final String ROWS = """
            SELECT l.id, l.status, c.name AS company, l.title, l.location, l.posted_on, l.posted_date,
                   CASE WHEN l.url_path IS NOT NULL AND c.public_site_url IS NOT NULL
                        THEN rtrim(c.public_site_url, '/') || '/' || ltrim(l.url_path, '/')
                        ELSE l.url END AS url
            FROM job_listing l JOIN company c ON c.id = l.company_id
            """;

    // By column position: reflective constructor mapping cost most of a 50k-row listing.
    private static final RowMapper<ListingRow> ROW = (rs, ctx) -> {
        String postedDate = rs.getString(7);
        return new ListingRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                postedDate == null ? null : LocalDate.parse(postedDate),
                rs.getString(8));
    };

    private final Jdbi jdbi;

    public ListingService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The listings that pass {@code filter}, newest first; stale and inactive ones hidden. */
    public List<ListingRow> list(ListingFilter filter) {
        return page(filter, 0).rows();
    }

    /**
     * The first {@code limit} listings that pass {@code filter} (all when 0), newest first, and how
     * many pass it; stale and inactive ones hidden.
     */
    public Page<ListingRow> page(ListingFilter filter, int limit) {
        Matching matching = Matching.of(filter);
        return jdbi.withHandle(handle -> {
            // The page's ids first, from the review index alone; then only their rows. Ids grow
            // with insertion, so id order is first-seen order.
            List<ListingRow> rows = handle.createQuery(ROWS + """
                             WHERE l.id IN (SELECT l.id FROM job_listing l JOIN company c ON c.id = l.company_id
                            """ + matching.where() + """
                             ORDER BY l.posted_date DESC, l.id DESC LIMIT :limit)
                             ORDER BY l.posted_date DESC, l.id DESC
                            """)
                    .bindMap(matching.parameters())
                    .bind("limit", limit > 0 ? limit : -1)
                    .map(ROW)
                    .list();
            // Only a full page may have left some out.
            long count = limit > 0 && rows.size() == limit
                    ? handle.createQuery("SELECT count(*) FROM job_listing l JOIN company c ON c.id = l.company_id"
                                    + matching.where())
                            .bindMap(matching.parameters())
                            .mapTo(Long.class)
                            .one()
                    : rows.size();
            return new Page<>(rows, count);
        });
    }

    /**
     * The WHERE clause of {@code filter} with only the conditions it sets: SQLite picks an index
     * per statement, and {@code (:status IS NULL OR l.status = :status)} would make it scan every
     * listing whatever the status.
     */
    private record Matching(String where, Map<String, Object> parameters) {
        static Matching of(ListingFilter filter) {
            StringBuilder where = new StringBuilder(" WHERE l.is_stale = 0 AND c.active = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (filter.status() != null) {
                where.append(" AND l.status = :status");
                parameters.put("status", filter.status().id());
            }
            if (filter.company() != null) {
                where.append(" AND c.name = :company");
                parameters.put("company", filter.company());
            }
            if (filter.keyword() != null) {
                where.append(" AND instr(lower(l.title), lower(:keyword)) > 0");
                parameters.put("keyword", filter.keyword());
            }
            return new Matching(where.toString(), parameters);
        }
    }

    /** How many listings wait for review (NEW, not stale, active company). */
    public long newCount() {
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        SELECT count(*) FROM job_listing l JOIN company c ON c.id = l.company_id
                        WHERE l.status = 'new' AND l.is_stale = 0 AND c.active = 1
                        """).mapTo(Long.class).one());
    }

    /** The listing {@code id}, stale or not. */
    public ListingRow find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(ROWS + " WHERE l.id = :id")
                        .bind("id", id)
                        .map(ROW)
                        .findOne())
                .orElseThrow(() -> JsaException.failure("no listing " + id, "'jsa jobs list --status all' shows them"));
    }

    /**
     * Moves every listing of {@code ids} to {@code status} in one transaction; a listing already
     * there is left alone.
     *
     * @return how many changed
     * @throws JsaException naming the first listing that cannot move (nothing changes then)
     */
    public int mark(List<Long> ids, ListingStatus status) {
        return jdbi.inTransaction(handle -> {
            Map<Long, String> current = handle
                    .createQuery("SELECT id, status FROM job_listing WHERE id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            int changed = 0;
            for (long id : ids) {
                if (!current.containsKey(id)) {
                    throw JsaException.failure(
                            "no listing " + id, "nothing was changed; check the ids with 'jsa jobs list'");
                }
                ListingStatus from = ListingStatus.of(current.get(id));
                if (from == status) {
                    continue;
                }
                if (!from.canMoveTo(status)) {
                    throw new JsaException(
                            "listing " + id + " is " + from.id() + " and cannot become " + status.id(),
                            hint(from) + "; nothing was changed",
                            ExitStatus.FAILURE);
                }
                changed += handle.createUpdate("UPDATE job_listing SET status = :status,"
                                + " status_changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = :id")
                        .bind("status", status.id())
                        .bind("id", id)
                        .execute();
            }
            return changed;
        });
    }

    /**
     * Undoes a status change made moments ago (by {@code jobs review}): puts the listing back to
     * {@code previous} if it still has the status the change gave it. APPLIED cannot be undone.
     *
     * @return false when the listing changed since, or is applied
     */
    public boolean undo(long id, ListingStatus changedTo, ListingStatus previous) {
        if (changedTo == ListingStatus.APPLIED) {
            return false;
        }
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE job_listing SET status = :previous,"
                                + " status_changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                                + " WHERE id = :id AND status = :changedTo")
                        .bind("previous", previous.id())
                        .bind("changedTo", changedTo.id())
                        .bind("id", id)
                        .execute())
                == 1;
    }

    /** The listings a bulk action from {@code from} would change (not stale, active companies). */
    public List<Long> bulkCandidates(ListingStatus from) {
        return list(new ListingFilter(from, null, null)).stream()
                .map(ListingRow::id)
                .toList();
    }

    /**
     * Marks listing {@code id} APPLIED, whatever its review status (the user did apply), inside the
     * caller's transaction on {@code handle}, and returns its posting.
     *
     * @throws JsaException when there is no such listing
     */
    public static AppliedListing markApplied(Handle handle, long id) {
        AppliedListing listing = handle.createQuery("""
                        SELECT l.id, c.name AS company, l.external_id, l.title, l.location,
                               CASE WHEN l.url_path IS NOT NULL AND c.public_site_url IS NOT NULL
                                    THEN rtrim(c.public_site_url, '/') || '/' || ltrim(l.url_path, '/')
                                    ELSE l.url END AS url,
                               l.description, l.min_salary, l.max_salary, l.salary_currency, l.salary_period
                        FROM job_listing l JOIN company c ON c.id = l.company_id
                        WHERE l.id = :id
                        """)
                .bind("id", id)
                .map(ConstructorMapper.of(AppliedListing.class))
                .findOne()
                .orElseThrow(() -> JsaException.failure("no listing " + id, "'jsa jobs list --status all' shows them"));
        handle.createUpdate("UPDATE job_listing SET status = 'applied',"
                        + " status_changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                        + " WHERE id = :id AND status <> 'applied'")
                .bind("id", id)
                .execute();
        return listing;
    }

    private static String hint(ListingStatus from) {
        return switch (from) {
            case NEW -> "a new listing becomes interested or dismissed";
            case INTERESTED -> "an interested listing becomes applied or dismissed";
            case DISMISSED -> "a dismissed listing stays dismissed";
            case APPLIED -> "applied is final";
        };
    }
}
