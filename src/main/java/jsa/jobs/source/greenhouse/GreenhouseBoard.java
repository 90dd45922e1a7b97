package jsa.jobs.source.greenhouse;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The Greenhouse Job Board API's {@code /boards/{token}/jobs?content=true} answer. */
record GreenhouseBoard(List<Job> jobs) {
    record Job(
            long id,
            String title,
            @JsonProperty("absolute_url") String absoluteUrl,
            Location location,
            @JsonProperty("first_published") String firstPublished,
            @JsonProperty("updated_at") String updatedAt,
            String content,
            List<Named> departments,
            List<Metadata> metadata) {}

    record Location(String name) {}

    record Named(String name) {}

    /** A custom field; {@code value} is a string, a list, or a currency range object. */
    record Metadata(String name, @JsonProperty("value_type") String valueType, JsonNode value) {}
}
