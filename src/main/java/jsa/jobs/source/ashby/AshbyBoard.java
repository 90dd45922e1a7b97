package jsa.jobs.source.ashby;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Ashby posting API's {@code /posting-api/job-board/{board}?includeCompensation=true} answer. */
record AshbyBoard(List<Job> jobs) {
    record Job(
            String id,
            String title,
            String location,
            String department,
            String team,
            String employmentType,
            String publishedAt,
            @JsonProperty("isListed") Boolean isListed,
            String jobUrl,
            String descriptionHtml,
            String descriptionPlain,
            Compensation compensation) {}

    /** Present only with {@code includeCompensation=true}; empty lists when pay is hidden. */
    record Compensation(List<Component> summaryComponents, List<Tier> compensationTiers) {}

    record Tier(String title, List<Component> components) {}

    /** {@code compensationType} is "Salary", "EquityCashValue", ...; {@code interval} e.g. "1 YEAR". */
    record Component(String compensationType, Double minValue, Double maxValue, String currencyCode, String interval) {}
}
