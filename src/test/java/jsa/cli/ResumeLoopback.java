package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;

import jsa.cli.CliRunner.Result;
import jsa.llm.LlmTestData;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Stored resumes without a model: {@code gen-resume} through the Anthropic provider against a
 * loopback server that answers every bullets call with the bullets given and every skills call
 * with {@link #SKILLS}. The profile is {@code examples/profile.yaml} and job 1 the Northwind JD,
 * whose template (senior-backend) shows three roles: a resume for it has six bullets, two per
 * role in this order: Lumenfield, Harborline, Brightmoss; and two skills categories.
 */
final class ResumeLoopback implements AutoCloseable {
    static final String BULLETS = """
            {"bullets": [
              {"text": "Cut p95 latency from 4.2 s to 650 ms by rewriting eligibility checks as an async fan-out",
               "relevance": 0.9},
              {"text": "Saved $2M a year by moving claims reporting to Kubernetes", "relevance": 0.6}]}
            """;
    static final String SKILLS = """
            {"categories": [{"name": "Languages", "skills": ["Java", "Python"]},
                            {"name": "Data", "skills": ["Kafka", "PostgreSQL"]}]}
            """;

    private final CliRunner cli;
    private final MockWebServer server = new MockWebServer();
    private volatile String bullets = BULLETS;

    /** Starts the server, points {@code cli} at it, imports the profile and parses job 1. */
    ResumeLoopback(CliRunner cli) throws IOException {
        this.cli = cli;
        server.start();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().endsWith("/count_tokens")) {
                    return LlmTestData.json(200, "{\"input_tokens\": 900}");
                }
                JsonNode body = LlmTestData.tree(request.getBody().utf8());
                boolean skills = body.at("/system/0/text").asText().startsWith("You write the skills section");
                return LlmTestData.json(200, LlmTestData.anthropicMessage(skills ? SKILLS : bullets));
            }
        });
        cli.env("ANTHROPIC_API_KEY", LlmTestData.API_KEY);
        cli.env("ANTHROPIC_BASE_URL", server.url("/").toString());
        succeed("profile", "import", "examples/profile.yaml");
        succeed("parse-jd", "--provider", "offline", "examples/jds/northwind-senior-backend-engineer.md");
    }

    /** Writes the next resume with {@link #BULLETS} for every role: {@code gen-resume ARGS}. */
    void generate(String... args) {
        generateWith(BULLETS, args);
    }

    /** Writes the next resume answering every bullets call with {@code answer}. */
    void generateWith(String answer, String... args) {
        bullets = answer;
        String[] command = new String[args.length + 1];
        command[0] = "gen-resume";
        System.arraycopy(args, 0, command, 1, args.length);
        succeed(command);
    }

    /**
     * Every bullet's and skills category's id, position, override (- for none) and exclusion, to
     * compare before and after a command.
     */
    String choices() {
        String columns =
                "SELECT group_concat(id || ':' || position || ':' || coalesce(override_text, '-') || ':' || exclude,"
                        + " ' ; ') FROM (SELECT * FROM %s ORDER BY id)";
        return "bullets " + cli.query(columns.formatted("resume_role_bullet")) + " | skills "
                + cli.query(columns.formatted("resume_skills_category"));
    }

    private void succeed(String... args) {
        Result result = cli.run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Override
    public void close() {
        server.close();
    }
}
