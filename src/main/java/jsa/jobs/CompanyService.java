package jsa.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.db.JsonColumns;
import jsa.jobs.source.workday.WorkdayConfig;

/** The companies whose boards are synced, and the search terms synced for them. */
public final class CompanyService {
    private final Jdbi jdbi;

    public CompanyService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Adds or updates (by name, ignoring case) every company and search term of a companies file,
     * in one transaction: a bad entry imports nothing.
     *
     * @throws JsaException naming the entry at fault
     */
    public ImportReport importFile(Path file) {
        CompanyFile.Contents contents = CompanyFile.read(file);
        return jdbi.inTransaction(handle -> {
            int added = 0;
            for (CompanySpec company : contents.companies()) {
                added += save(handle, company) ? 1 : 0;
            }
            SearchConfigDao searches = handle.attach(SearchConfigDao.class);
            int searchesAdded = 0;
            for (SearchConfig search : contents.searches()) {
                searchesAdded += searches.upsert(search) ? 1 : 0;
            }
            return new ImportReport(
                    added,
                    contents.companies().size() - added,
                    searchesAdded,
                    contents.searches().size() - searchesAdded);
        });
    }

    /**
     * Adds one company.
     *
     * @throws JsaException when a company of that name exists
     */
    public void add(CompanySpec company) {
        jdbi.useTransaction(handle -> {
            if (handle.attach(CompanyDao.class).findByName(company.name()).isPresent()) {
                throw JsaException.failure(
                        "a company named '" + company.name() + "' exists",
                        "change it in your companies file and import it, or remove it first");
            }
            save(handle, company);
        });
    }

    /** The companies by name; {@code active} null for all. */
    public List<CompanySummary> list(Boolean active) {
        return jdbi.withHandle(handle -> {
            CompanyDao dao = handle.attach(CompanyDao.class);
            Map<Long, Long> listings = dao.listingCounts();
            return specs(dao, active).stream()
                    .map(c -> new CompanySummary(
                            c.spec().name(),
                            c.spec().platform().id(),
                            c.spec().active(),
                            board(c.spec()),
                            listings.getOrDefault(c.id(), 0L)))
                    .toList();
        });
    }

    /**
     * The company as it would be written in a companies file.
     *
     * @throws JsaException when there is no such company
     */
    public CompanySpec show(String name) {
        return jdbi.withHandle(handle -> {
            CompanyDao dao = handle.attach(CompanyDao.class);
            Company company = find(dao, name);
            return spec(company, dao.workdayConfigs(), dao.boardConfigs());
        });
    }

    /** The companies as they would be written in a companies file, by name; {@code active} null for all. */
    public List<CompanySpec> specs(Boolean active) {
        return jdbi.withHandle(handle -> specs(handle.attach(CompanyDao.class), active).stream()
                .map(IdentifiedSpec::spec)
                .toList());
    }

    private record IdentifiedSpec(long id, CompanySpec spec) {}

    private static List<IdentifiedSpec> specs(CompanyDao dao, Boolean active) {
        Map<Long, WorkdayConfig> sites = dao.workdayConfigs();
        Map<Long, BoardConfig> boards = dao.boardConfigs();
        return dao.list(false).stream()
                .filter(c -> active == null || c.active() == active)
                .map(c -> new IdentifiedSpec(c.id(), spec(c, sites, boards)))
                .toList();
    }

    private static CompanySpec spec(Company company, Map<Long, WorkdayConfig> sites, Map<Long, BoardConfig> boards) {
        return new CompanySpec(
                company.name(),
                Platform.byId(company.platform()).orElseThrow(),
                company.publicSiteUrl(),
                company.active(),
                sites.get(company.id()),
                boards.get(company.id()));
    }

    /**
     * Removes the company with its configuration and listings.
     *
     * @param withListings confirms removing its listings too, when it has some
     * @return how many listings went with it
     */
    public long remove(String name, boolean withListings) {
        return jdbi.inTransaction(handle -> {
            CompanyDao dao = handle.attach(CompanyDao.class);
            Company company = find(dao, name);
            long listings = dao.listingCount(company.id());
            if (listings > 0 && !withListings) {
                throw JsaException.failure(
                        company.name() + " has " + listings + " listings that would be deleted with it",
                        "pass --yes to remove it with them, or set 'active: false' to stop syncing it");
            }
            dao.delete(company.id());
            return listings;
        });
    }

    /** The search terms by name. */
    public List<SearchConfig> searches() {
        return jdbi.withExtension(SearchConfigDao.class, SearchConfigDao::list);
    }

    /** Adds a search term or replaces its exclusions; true when it is new. */
    public boolean saveSearch(SearchConfig search) {
        return jdbi.inTransaction(handle -> handle.attach(SearchConfigDao.class).upsert(search));
    }

    /**
     * Turns a search term on or off for syncs.
     *
     * @throws JsaException when there is no such term
     */
    public void setSearchActive(String term, boolean active) {
        if (!jdbi.withExtension(SearchConfigDao.class, dao -> dao.setActive(term, active))) {
            throw noSuchSearch(term);
        }
    }

    /**
     * Removes a search term.
     *
     * @throws JsaException when there is no such term
     */
    public void removeSearch(String term) {
        if (!jdbi.withExtension(SearchConfigDao.class, dao -> dao.delete(term))) {
            throw noSuchSearch(term);
        }
    }

    // true when the company is new
    private static boolean save(Handle handle, CompanySpec spec) {
        CompanyDao dao = handle.attach(CompanyDao.class);
        Optional<Company> existing = dao.findByName(spec.name());
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            dao.deleteConfigs(id);
            dao.update(id, spec.name(), spec.platform().id(), spec.publicSiteUrl(), spec.active());
        } else {
            id = dao.insert(spec.name(), spec.platform().id(), spec.publicSiteUrl(), spec.active());
        }
        if (spec.platform() == Platform.OTHER) {
            return existing.isEmpty();
        }
        if (spec.workday() != null) {
            WorkdayConfig workday = spec.workday();
            dao.insertWorkdayConfig(
                    id,
                    workday.baseUrl(),
                    workday.tenant(),
                    workday.site(),
                    JsonColumns.write(workday.locationFilters()));
        } else {
            dao.insertBoardConfig(id, spec.board().board(), spec.board().apiBase());
        }
        return existing.isEmpty();
    }

    private static String board(CompanySpec company) {
        if (company.board() != null) {
            return company.board().board();
        }
        return company.workday() == null
                ? ""
                : company.workday().tenant() + "/" + company.workday().site();
    }

    private static Company find(CompanyDao dao, String name) {
        return dao.findByName(name)
                .orElseThrow(() -> JsaException.failure(
                        "no company named '" + name + "'", "'jsa company list' shows the companies"));
    }

    private static JsaException noSuchSearch(String term) {
        return JsaException.failure("no search term '" + term + "'", "'jsa search list' shows the search terms");
    }
}
