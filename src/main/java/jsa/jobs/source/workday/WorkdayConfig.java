package jsa.jobs.source.workday;

import java.util.Map;

/**
 * Where a Workday career site's API is: {@code {baseUrl}/wday/cxs/{tenant}/{site}/jobs}.
 *
 * @param baseUrl the site's host, e.g. {@code https://nordstrom.wd501.myworkdayjobs.com}; every
 *     request goes there, so tests and proxies can point it at loopback
 * @param locationFilters location names mapped to Workday facet ids (or facet names)
 */
public record WorkdayConfig(String baseUrl, String tenant, String site, Map<String, String> locationFilters) {
    public WorkdayConfig {
        locationFilters = Map.copyOf(locationFilters);
    }
}
