package org.gongkai.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.Race;
import org.gongkai.Race.Answer;
import org.gongkai.TestSupport;
import org.gongkai.judgments.JudgmentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reads are admitted a few at a time; court writes and health checks never wait behind them
 * (issue 10: under 64 connections of reads, publishing waited 15–30 s).
 */
@QuarkusTest
class ReadAdmissionTest {
    @Inject
    ReadAdmission admission;

    @TestHTTPResource("/")
    URI base;

    @AfterEach
    void configuredLimits() {
        admission.limitsForTest(0, 1000);
    }

    private HttpRequest read(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    private void awaitIdle() throws InterruptedException {
        for (int i = 0;
                i < 100
                        && (admission.snapshot().running() > 0
                                || admission.snapshot().queued() > 0);
                i++) {
            Thread.sleep(50);
        }
        var s = admission.snapshot();
        assertEquals(0, s.running(), "every admitted read gave its place back: " + s);
        assertEquals(0, s.queued(), "nobody is left waiting: " + s);
    }

    @Test
    void aCourtPublishesWhileReadsQueueAndAnOverfullQueueAnswers503() throws Exception {
        admission.limitsForTest(1, 3);
        String token = TestSupport.courtToken("京0105");
        String body = Json.write(JudgmentFixtures.civil(
                "（2023）京0105民初" + (600_000 + System.nanoTime() % 99_999) + "号",
                "京0105",
                "曹七",
                "110105198503021233",
                "钱七",
                "民间借贷纠纷",
                ""));
        long rejectedBefore = admission.snapshot().rejected();
        List<Answer> answers = Race.at(31, i -> switch (i) {
            case 0 -> Race.json(base, "POST", "/api/publish/judgments", token, body);
            case 1 -> read("/q/health/live");
            default -> read(i % 2 == 0 ? "/search?q=%E5%80%9F%E6%AC%BE" : "/api/judgments?q=%E5%90%88%E5%90%8C");
        });
        assertEquals(
                201,
                answers.get(0).status(),
                "the court's write is never queued: " + answers.get(0).body());
        assertEquals(200, answers.get(1).status(), "health is never queued");
        List<Answer> reads = answers.subList(2, answers.size());
        reads.forEach(
                a -> assertTrue(a.status() == 200 || a.status() == 503, "a read is served or refused: " + a.status()));
        assertTrue(
                Race.count(reads, 200) >= 4, "the running read and the queued ones are served: " + Race.summary(reads));
        assertTrue(Race.count(reads, 503) >= 1, "a full queue refuses instead of growing: " + Race.summary(reads));
        assertEquals(Race.count(reads, 503), admission.snapshot().rejected() - rejectedBefore);
        reads.stream()
                .filter(a -> a.status() == 503 && a.index() % 2 == 1)
                .forEach(a -> assertTrue(
                        a.body().contains("\"status\":503") && a.body().contains("稍后"), a.body()));
        reads.stream()
                .filter(a -> a.status() == 503 && a.index() % 2 == 0)
                .forEach(a -> assertTrue(a.body().contains("服务繁忙"), a.body()));
        awaitIdle();
        given().queryParam("q", "借款").when().get("/api/judgments").then().statusCode(200);
    }

    @Test
    void readsAbandonedWhileWaitingDoNotKeepTheirPlace() throws Exception {
        admission.limitsForTest(1, 100);
        List<Socket> clients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Socket s = new Socket(base.getHost(), base.getPort());
            s.getOutputStream()
                    .write(("GET /search?q=%E5%90%88%E5%90%8C" + i + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            clients.add(s);
        }
        for (int i = 0; i < 100 && admission.snapshot().peakQueued() == 0; i++) {
            Thread.sleep(5);
        }
        // the visitors leave before they are served: their places must not stay taken
        for (Socket s : clients) {
            s.close();
        }
        assertTrue(admission.snapshot().peakQueued() > 0, "reads waited in the queue: " + admission.snapshot());
        awaitIdle();
        assertEquals(
                200,
                HttpClient.newHttpClient()
                        .send(read("/api/judgments?q=%E5%80%9F%E6%AC%BE"), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }
}
