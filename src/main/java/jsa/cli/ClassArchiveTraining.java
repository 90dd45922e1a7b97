package jsa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training run of bin/jsa's class-data archive: runs the everyday commands once each, in one
 * JVM, over a scratch directory, so that the archive holds the classes of all of them and not of
 * one command only (a listing's query, mapping and output formats cost a 250-row {@code jobs
 * list} 0.2 s of class loading without it). Nothing leaves the machine: no command here fetches.
 *
 * <p>Throws when a command fails. Usage: {@code java -XX:ArchiveClassesAtExit=FILE -cp jsa.jar jsa.cli.ClassArchiveTraining DIR}
 */
public final class ClassArchiveTraining {
    private static final String POSTING_PAGE = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "JobPosting", "title": "Software Engineer",
             "identifier": {"@type": "PropertyValue", "value": "se-1"}, "datePosted": "2026-11-20",
             "hiringOrganization": {"@type": "Organization", "name": "Acme"},
             "jobLocation": {"@type": "Place", "address": {"addressLocality": "Berlin"}},
             "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                            "value": {"minValue": 70000, "maxValue": 90000, "unitText": "YEAR"}},
             "description": "<p>Build <b>things</b>.</p><ul><li>Java</li></ul>"}
            </script></head><body></body></html>
            """;

    private static final List<List<String>> COMMANDS = List.of(
            List.of("--help"),
            List.of("init"),
            List.of("company", "add", "Acme", "--platform", "greenhouse", "--board", "acme"),
            List.of("search", "add", "Software Engineer", "--exclude", "Staff"),
            List.of("jobs", "add", "{dir}/posting.html"),
            List.of("jobs", "list"),
            List.of("jobs", "list", "--status", "all", "--format", "csv"),
            List.of("jobs", "list", "--status", "all", "--format", "json"),
            List.of("jobs", "list", "--status", "all", "--format", "md"),
            List.of("jobs", "mark", "1", "--status", "interested"),
            List.of("company", "list"),
            List.of("company", "show", "Acme"),
            List.of("search", "list"),
            List.of("config", "list"),
            List.of("db", "info"),
            List.of("db", "check"));

    private ClassArchiveTraining() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).toAbsolutePath();
        Files.writeString(dir.resolve("posting.html"), POSTING_PAGE);
        Map<String, String> env = new HashMap<>();
        env.put("JSA_HOME", dir.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        // the SQLite native library is cached where the real runs will look for it
        String cache = System.getenv("XDG_CACHE_HOME");
        if (cache != null) {
            env.put("XDG_CACHE_HOME", cache);
        }
        PrintWriter out = new PrintWriter(Writer.nullWriter());
        for (List<String> command : COMMANDS) {
            String[] words = command.stream()
                    .map(word -> word.replace("{dir}", dir.toString()))
                    .toArray(String[]::new);
            StringWriter err = new StringWriter();
            int status = JsaCli.run(new AppContext(env, dir), out, new PrintWriter(err), words);
            if (status != 0) {
                // bin/jsa then runs without an archive rather than with a partial one
                throw new IllegalStateException("jsa " + String.join(" ", words) + " exited " + status + ": "
                        + err.toString().strip());
            }
        }
    }
}
