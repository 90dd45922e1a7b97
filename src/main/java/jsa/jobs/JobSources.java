package jsa.jobs;

import java.time.Clock;

import jsa.JsaException;
import jsa.http.JsonFetcher;
import jsa.jobs.source.JobSource;
import jsa.jobs.source.ashby.AshbyClient;
import jsa.jobs.source.greenhouse.GreenhouseClient;
import jsa.jobs.source.lever.LeverClient;
import jsa.jobs.source.smartrecruiters.SmartRecruitersClient;
import jsa.jobs.source.workday.WorkdayClient;

import okhttp3.HttpUrl;

/** The real boards: each company's platform client at its configured host ({@code api_base}). */
public final class JobSources implements SourceFactory {
    private final JsonFetcher fetcher;
    private final Clock clock;

    public JobSources(JsonFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    @Override
    public JobSource create(CompanySpec company) {
        return switch (company.platform()) {
            case WORKDAY -> new WorkdayClient(fetcher, company.workday(), company.name(), clock);
            case GREENHOUSE ->
                new GreenhouseClient(fetcher, api(company, GreenhouseClient.API), board(company), company.name());
            case LEVER -> new LeverClient(fetcher, api(company, LeverClient.API), board(company), company.name());
            case ASHBY -> new AshbyClient(fetcher, api(company, AshbyClient.API), board(company), company.name());
            case SMARTRECRUITERS ->
                new SmartRecruitersClient(
                        fetcher, api(company, SmartRecruitersClient.API), board(company), company.name());
            case OTHER -> throw new IllegalArgumentException(company.name() + " has no board to fetch");
        };
    }

    private static String board(CompanySpec company) {
        return company.board().board();
    }

    private static HttpUrl api(CompanySpec company, HttpUrl platformDefault) {
        String override = company.board().apiBase();
        if (override == null) {
            return platformDefault;
        }
        HttpUrl url = HttpUrl.parse(override);
        if (url == null) {
            throw JsaException.usage(
                    company.name() + "'s api_base '" + override + "' is not a URL",
                    "fix it in your companies file and import it again");
        }
        return url;
    }
}
