package jsa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loopback replay of {@code jsa demo}: recordings at the boards' API paths, nothing else. */
class RecordedBoardsTest {
    @TempDir
    Path dir;

    @Test
    void everyCompanyOfTheWrittenFileIsOnTheServer() {
        Path file = dir.resolve("companies.yaml");
        try (RecordedBoards boards = RecordedBoards.start(file)) {
            CompanyFile.Contents contents = CompanyFile.read(file);

            assertThat(contents.companies())
                    .hasSize(5)
                    .extracting(c -> c.platform() == Platform.WORKDAY
                            ? c.workday().baseUrl()
                            : c.board().apiBase())
                    .allMatch(url -> url.matches("http://127\\.0\\.0\\.1:\\d+"));
            assertThat(contents.searches()).isNotEmpty();
        }
    }

    @Test
    void answersABoardsPathWithItsRecordingAndAnythingElseWith404() throws Exception {
        Path file = dir.resolve("companies.yaml");
        try (RecordedBoards boards = RecordedBoards.start(file)) {
            CompanySpec greenhouse = CompanyFile.read(file).companies().stream()
                    .filter(c -> c.platform() == Platform.GREENHOUSE)
                    .findFirst()
                    .orElseThrow();
            String base = greenhouse.board().apiBase();

            HttpResponse<byte[]> board = get(base + "/v1/boards/anthropic/jobs?content=true");
            HttpResponse<byte[]> other = get(base + "/v1/boards/stripe/jobs");

            assertThat(board.statusCode()).isEqualTo(200);
            assertThat(board.body()).isEqualTo(recording("greenhouse-anthropic.json"));
            assertThat(other.statusCode()).isEqualTo(404);
        }
    }

    private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] recording(String name) throws IOException {
        try (InputStream in = RecordedBoardsTest.class.getResourceAsStream("/jsa/examples/recorded-boards/" + name)) {
            return in.readAllBytes();
        }
    }
}
