package jsa.jobs;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import jsa.FileProblems;
import jsa.JsaException;
import jsa.http.JsonFetcher;
import jsa.jobs.source.schemaorg.JsonLdPostings;
import jsa.jobs.source.schemaorg.PagePosting;

import okhttp3.HttpUrl;

/**
 * Adds the postings of one web page (its schema.org {@code JobPosting} JSON-LD) as listings of
 * their company: how postings from sites without an API (Indeed, LinkedIn, any careers page)
 * come in. A company jsa does not know yet is added as one without a board ({@code other}).
 */
public final class PostingImport {
    /** One listing added or refreshed. */
    public record Added(long listingId, String company, String title, boolean isNew) {}

    private final Jdbi jdbi;
    private final ListingStore store;
    private final JsonFetcher fetcher;

    public PostingImport(Jdbi jdbi, ListingStore store, JsonFetcher fetcher) {
        this.jdbi = jdbi;
        this.store = store;
        this.fetcher = fetcher;
    }

    /**
     * Stores the postings of the page at {@code source}: an http(s) URL, fetched, or a file.
     *
     * @throws JsaException when the page cannot be read, has no posting, or names no company
     */
    public List<Added> add(String source, String company) {
        HttpUrl url = HttpUrl.parse(source);
        if (url != null) {
            return add(fetcher.page(url, "the page"), url.toString(), company);
        }
        Path file = Path.of(source);
        try {
            return add(Files.readString(file), null, company);
        } catch (NoSuchFileException e) {
            throw JsaException.failure(source + " is neither an http(s) URL nor a file", "check the argument");
        } catch (MalformedInputException e) {
            throw JsaException.usage(source + " is not UTF-8 text", "save the page as HTML from your browser");
        } catch (IOException e) {
            throw JsaException.failure(
                    "cannot read " + source + " (" + FileProblems.describe(e) + ")", "check the path");
        }
    }

    /**
     * Stores every posting of {@code html}.
     *
     * @param pageUrl where the page came from, used when the posting names no URL of its own
     * @param company the company to file them under, or null to take the page's hiring organization
     * @throws JsaException when the page has no posting, or names no company and none was given
     */
    public List<Added> add(String html, String pageUrl, String company) {
        List<Added> added = new ArrayList<>();
        for (PagePosting found : JsonLdPostings.parse(html, pageUrl)) {
            String name = company != null ? company : found.company();
            if (name == null || name.isBlank()) {
                throw JsaException.usage(
                        "the posting '" + found.posting().title() + "' names no hiring organization",
                        "pass --company NAME");
            }
            Company owner = companyNamed(name.strip());
            SyncCounts counts = store.save(owner, List.of(found.posting()), false);
            long id = jdbi.withHandle(handle -> handle.createQuery(
                            "SELECT id FROM job_listing WHERE company_id = :company AND external_id = :externalId")
                    .bind("company", owner.id())
                    .bind("externalId", found.posting().externalId())
                    .mapTo(Long.class)
                    .one());
            added.add(new Added(id, owner.name(), found.posting().title(), counts.added() == 1));
        }
        return added;
    }

    private Company companyNamed(String name) {
        return jdbi.inTransaction(handle -> {
            CompanyDao dao = handle.attach(CompanyDao.class);
            return dao.findByName(name).orElseGet(() -> {
                dao.insert(name, Platform.OTHER.id(), null, true);
                return dao.findByName(name).orElseThrow();
            });
        });
    }
}
