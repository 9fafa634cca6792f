package org.gongkai.alerts;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;

/**
 * Posts one signed delivery to a callback URL. Redirects are not followed (a redirect could lead to an
 * internal address) and the host is checked again before each attempt ({@link CallbackUrls}). The
 * outcome keeps the status code and a few words on a failure, never the receiver's body.
 */
@ApplicationScoped
public class WebhookSender {
    /** {@code code}: the HTTP status, or null when no answer came; {@code error}: why it failed, or null. */
    public record Outcome(Integer code, String error, long millis) {
        public boolean delivered() {
            return code != null && code >= 200 && code < 300;
        }
    }

    @Inject
    AlertsConfig config;

    @Inject
    MutableClock clock;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    CallbackUrls urls() {
        return new CallbackUrls(config.allowInternalAddresses().orElse(java.util.Set.of()));
    }

    public Outcome post(String url, String secret, long deliveryId, String body) {
        long start = System.nanoTime();
        try {
            URI uri = URI.create(url);
            urls().refuseInternal(uri.getHost());
            long t = clock.instant().getEpochSecond();
            HttpRequest req = HttpRequest.newBuilder(uri)
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Gongkai-Alerts/1")
                    .header("Gongkai-Delivery", String.valueOf(deliveryId))
                    .header(WebhookSignature.HEADER, WebhookSignature.header(secret, t, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> res = client.send(req, HttpResponse.BodyHandlers.discarding());
            int code = res.statusCode();
            return new Outcome(code, code >= 200 && code < 300 ? null : "HTTP " + code, ms(start));
        } catch (ProblemException e) {
            return new Outcome(null, "refused: internal address", ms(start));
        } catch (HttpConnectTimeoutException e) {
            return new Outcome(null, "connect timeout", ms(start));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "timeout", ms(start));
        } catch (ConnectException e) {
            return new Outcome(null, "connection refused", ms(start));
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, e.getClass().getSimpleName(), ms(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", ms(start));
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
