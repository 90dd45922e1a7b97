package jsa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.lowagie.text.pdf.PdfReader;

import jsa.db.Database;

/**
 * {@code render-pdf} speed, each side run as a fresh process as a user runs it: a batch of one-page
 * resumes ({@code render-pdf --all}, one JVM) against WeasyPrint (the seed's renderer) turning the
 * same XHTML and CSS into PDFs one by one, and in one Python process; then a cold {@code
 * render-pdf} of one resume against a Java hello-world, interleaved. Prints medians and ratios.
 * Run with {@code mvn -B -Pbench verify -DskipTests}; the goal is a batch ≥ 5× faster than
 * WeasyPrint one by one. WeasyPrint is skipped, with a note, when it is not installed.
 */
public final class RenderBench {
    private static final double GOAL = 5.0;

    private final Path sandbox;
    private final String jsa;

    private RenderBench(Path root, Path sandbox) {
        this.sandbox = sandbox;
        this.jsa = root.resolve("bin/jsa").toString();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        RenderBench bench = new RenderBench(root, Files.createTempDirectory("jsa-render-bench"));
        bench.jobs(root, count);
        bench.report(count, rounds);
    }

    /** The example resume for the Northwind job, and {@code count - 1} copies of that job under other names. */
    private void jobs(Path root, int count) throws Exception {
        run(jsa, "profile", "import", root.resolve("examples/profile.yaml").toString());
        run(
                jsa,
                "gen-resume",
                root.resolve("examples/jds/northwind-senior-backend-engineer.md")
                        .toString());
        List<String> generate = new ArrayList<>(List.of(jsa, "gen-resume"));
        Database.open(sandbox.resolve("data/jsa.db")).jdbi().useTransaction(handle -> {
            for (int n = 2; n <= count; n++) {
                handle.execute("""
                        INSERT INTO job (company, listing_job_title, role, specialization, level, location, raw_jd_text)
                        SELECT 'Company ' || ?, listing_job_title, role, specialization, level, location, raw_jd_text
                        FROM job WHERE id = 1""", n);
                handle.execute("""
                        INSERT INTO requirement (job_id, position, text, keywords, relevance)
                        SELECT last_insert_rowid(), position, text, keywords, relevance FROM requirement
                        WHERE job_id = 1""");
                generate.addAll(List.of("--job", Integer.toString(n)));
            }
        });
        if (count > 1) {
            run(generate.toArray(String[]::new));
        }
    }

    private void report(int count, int rounds) throws Exception {
        Path pdfs = sandbox.resolve("pdf");
        List<Long> batch = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            batch.add(time(jsa, "render-pdf", "--all", "-o", pdfs.toString()));
        }
        checkOnePageEach(pdfs, count);
        double jsaBatch = median(batch);
        System.out.printf(
                Locale.ROOT,
                "%nRendering %d one-page resumes, fresh processes, %s, %d cores%n",
                count,
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-44s %9s %12s %9s%n", "", "total ms", "ms/resume", "vs jsa");
        line("jsa render-pdf --all (median of " + rounds + ")", jsaBatch, count, jsaBatch);
        weasyPrint(count, jsaBatch);

        Path hello = Path.of(HelloWorld.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> helloTimes = new ArrayList<>();
        List<Long> single = new ArrayList<>();
        for (int i = 0; i < 2 * rounds; i++) {
            helloTimes.add(time(java, "-cp", hello.toString(), HelloWorld.class.getName()));
            single.add(time(
                    jsa,
                    "render-pdf",
                    "--job",
                    "1",
                    "-o",
                    sandbox.resolve("single").toString()));
        }
        System.out.printf(Locale.ROOT, "%nCold start, median of %d interleaved runs%n", 2 * rounds);
        System.out.printf(Locale.ROOT, "%-44s %9.0f%n", "java hello-world", median(helloTimes));
        System.out.printf(
                Locale.ROOT,
                "%-44s %9.0f %11.1f× hello-world%n",
                "jsa render-pdf --job 1",
                median(single),
                median(single) / median(helloTimes));
    }

    private void weasyPrint(int count, double jsaBatch) throws Exception {
        Path weasyprint = Stream.of(System.getenv("PATH").split(":"))
                .map(dir -> Path.of(dir, "weasyprint"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        if (weasyprint == null) {
            System.out.println("WeasyPrint: not installed, skipped (Debian: apt-get install weasyprint)");
            return;
        }
        Path html = sandbox.resolve("html");
        run(jsa, "render-pdf", "--all", "--html", "-o", html.toString());
        List<Path> pages;
        try (Stream<Path> files = Files.list(html)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        Path out = Files.createDirectories(sandbox.resolve("weasyprint"));
        long oneByOne = 0;
        for (Path page : pages) {
            oneByOne += time(
                    weasyprint.toString(),
                    page.toString(),
                    out.resolve(page.getFileName() + ".pdf").toString());
        }
        line("weasyprint, one process per resume", oneByOne, count, jsaBatch);
        System.out.printf(
                Locale.ROOT,
                "%-44s %s%n",
                "",
                oneByOne / jsaBatch >= GOAL ? "goal ≥ " + GOAL + "× ok" : "goal ≥ " + GOAL + "× MISSED");
        // the interpreter WeasyPrint's own script names: the library in one process, no start-up per file
        String python = Files.readAllLines(weasyprint).get(0).substring(2).strip();
        Path script = Files.writeString(sandbox.resolve("batch.py"), """
                import sys, weasyprint
                for page in sys.argv[2:]:
                    weasyprint.HTML(page).write_pdf(sys.argv[1] + "/" + page.rsplit("/", 1)[1] + ".pdf")
                """);
        List<String> command = new ArrayList<>(List.of(python, script.toString(), out.toString()));
        pages.forEach(page -> command.add(page.toString()));
        line("weasyprint, one Python process", time(command.toArray(String[]::new)), count, jsaBatch);
    }

    private static void line(String name, double total, int count, double jsaBatch) {
        System.out.printf(Locale.ROOT, "%-44s %9.0f %12.1f %8.1f×%n", name, total, total / count, total / jsaBatch);
    }

    private static void checkOnePageEach(Path dir, int count) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".pdf")).toList();
        }
        if (files.size() != count) {
            throw new IllegalStateException("expected " + count + " PDFs, found " + files.size());
        }
        for (Path file : files) {
            PdfReader reader = new PdfReader(file.toString());
            int pages = reader.getNumberOfPages();
            reader.close();
            if (pages != 1) {
                throw new IllegalStateException(file + " has " + pages + " pages");
            }
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        time(command);
    }

    private long time(String... command) throws IOException, InterruptedException {
        Path log = sandbox.resolve("last.err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile());
        builder.environment().put("HOME", sandbox.resolve("home").toString());
        builder.environment().put("JSA_HOME", sandbox.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", sandbox.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", sandbox.resolve("cache").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(
                    String.join(" ", command) + " failed: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
