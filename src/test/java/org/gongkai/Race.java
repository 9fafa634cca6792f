package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Fires HTTP requests at the test application at the same moment (one thread each, released
 * together by a latch), the way two court systems or a court system's retry do.
 */
public final class Race {
    public record Answer(int index, int status, String body) {
        public JsonPath json() {
            return JsonPath.from(body);
        }

        public long id() {
            return json().getLong("id");
        }
    }

    private Race() {}

    /** A JSON request with the court's bearer token. */
    public static HttpRequest json(URI base, String method, String path, String token, String jsonBody) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
    }

    /** Sends request(i) for i in 0..n-1 at once; returns the answers in index order. */
    public static List<Answer> at(int n, IntFunction<HttpRequest> request) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            requests.add(request.apply(i));
        }
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    HttpResponse<String> r = client.send(requests.get(k), HttpResponse.BodyHandlers.ofString());
                    return new Answer(k, r.statusCode(), r.body());
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } catch (Exception e) {
            fail("race did not finish: " + e);
            return List.of();
        } finally {
            pool.shutdownNow();
        }
    }

    /** No answer is a server error, and every answer is one of the allowed statuses. */
    public static void assertStatuses(List<Answer> answers, int... allowed) {
        for (Answer a : answers) {
            assertTrue(a.status() < 500, "server error under concurrency: " + a.status() + " " + a.body());
            boolean ok = false;
            for (int s : allowed) {
                ok |= a.status() == s;
            }
            assertTrue(ok, "unexpected status " + a.status() + " " + a.body() + " among " + summary(answers));
            if (a.status() == 409) {
                assertTrue(a.body().contains("\"status\":409"), "a 409 is problem JSON: " + a.body());
            }
        }
    }

    public static long count(List<Answer> answers, int status) {
        return answers.stream().filter(a -> a.status() == status).count();
    }

    public static String summary(List<Answer> answers) {
        return answers.stream().map(a -> String.valueOf(a.status())).collect(Collectors.joining(",", "[", "]"));
    }
}
