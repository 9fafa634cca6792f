package org.gongkai.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.gongkai.search.index.JudgmentIndex;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.SearchResult;

/**
 * Search latency through the portal's HTTP API compared with direct Lucene, on the same index
 * and the same mixed query set as {@link LuceneBench} (words, phrases, booleans, fields,
 * filters, facets and snippets on every query, second pages). Not a test: run
 * {@code bench/http-bench.sh}, which builds the index and starts the packaged portal on it.
 *
 * <p>Phase 1 opens the index directly and measures {@code JudgmentIndex.search}; phase 2
 * (after the script started the portal on the same directory) measures {@code GET /api/judgments}
 * with the same requests, sequentially, one connection, JSON fully read.
 */
public final class HttpBench {
    static final int ROUNDS = 4;

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        Path dir = Path.of(args[1]);
        LuceneBench b = new LuceneBench();
        b.load();
        List<SearchRequest> set = b.querySet();
        if (phase.equals("direct")) {
            try (JudgmentIndex index = JudgmentIndex.open(dir)) {
                index.refreshBlocking();
                List<SearchRequest> measured = withSecondPages(set, index);
                List<Double> times = new ArrayList<>();
                for (SearchRequest r : measured) {
                    index.search(r); // warm-up
                }
                for (int round = 0; round < ROUNDS; round++) {
                    for (SearchRequest r : measured) {
                        long t = System.nanoTime();
                        index.search(r);
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                }
                System.out.printf("direct Lucene: %d searches over %,d docs: %s%n", times.size(), index.count(),
                        LuceneBench.percentiles(times));
            }
        } else {
            String base = args[2];
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ObjectMapper json = new ObjectMapper();
            List<String> urls = new ArrayList<>();
            for (SearchRequest r : set) {
                String url = base + url(r);
                urls.add(url);
                JsonNode page = json.readTree(get(http, url));
                if (page.hasNonNull("next") && urls.size() < set.size() + 20) {
                    urls.add(url + "&cursor=" + enc(page.get("next").asText()));
                }
            }
            for (String u : urls) {
                get(http, u); // warm-up
            }
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String u : urls) {
                    long t = System.nanoTime();
                    get(http, u);
                    times.add((System.nanoTime() - t) / 1e6);
                }
            }
            System.out.printf("HTTP API: %d requests: %s%n", times.size(), LuceneBench.percentiles(times));
        }
    }

    static List<SearchRequest> withSecondPages(List<SearchRequest> set, JudgmentIndex index) {
        List<SearchRequest> measured = new ArrayList<>(set);
        for (SearchRequest r : set) {
            SearchResult result = index.search(r);
            if (result.next() != null && measured.size() < set.size() + 20) {
                measured.add(r.withCursor(result.next()));
            }
        }
        return measured;
    }

    static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " for " + url + ": " + r.body());
        }
        return r.body();
    }

    /** The API URL of a search request (what a client would send). */
    static String url(SearchRequest r) {
        StringJoiner j = new StringJoiner("&", "/api/judgments?", "");
        if (r.q() != null && !r.q().isBlank()) j.add("q=" + enc(r.q()));
        r.filters().forEach((k, vs) -> vs.forEach(v -> j.add(k + "=" + enc(v))));
        if (r.from() != null) j.add("from=" + r.from());
        if (r.to() != null) j.add("to=" + r.to());
        j.add("sort=" + switch (r.sort()) {
            case RELEVANCE -> "relevance";
            case DATE_DESC -> "date";
            case DATE_ASC -> "date_asc";
            case COURT_LEVEL -> "level";
        });
        j.add("size=" + r.size());
        return j.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
