package org.gongkai.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility engine, npm package {@code axe-core}) run inside a page by the
 * browser tests (issue 14). The script is fetched at test time with {@code npm pack} through the
 * npm client's own registry setting (no registry URL in this repository) into
 * {@code target/axe-core/}; .ci/run fetches it before the suite. Injected through WebDriver,
 * which the pages' Content-Security-Policy does not govern.
 */
public final class Axe {
    public static final String VERSION = "4.10.3";
    static final Path DIR = Path.of("target", "axe-core");
    static final Path SCRIPT = DIR.resolve("package").resolve("axe.min.js");
    private static String source;

    private Axe() {}

    /** One violation: rule, impact, help text and the first offending elements. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + " (" + help + ") at " + targets;
        }
    }

    static synchronized String source() {
        if (source != null) {
            return source;
        }
        try {
            if (!Files.isRegularFile(SCRIPT)) {
                fetch();
            }
            source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            return source;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "axe-core " + VERSION + " is not in " + SCRIPT + " and `npm pack axe-core@" + VERSION + "` failed: "
                            + e.getMessage(),
                    e);
        }
    }

    private static void fetch() throws IOException {
        Files.createDirectories(DIR);
        try {
            Process npm = new ProcessBuilder(
                            "npm", "pack", "--silent", "axe-core@" + VERSION, "--pack-destination", DIR.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!npm.waitFor(180, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                throw new IOException("npm pack: " + out);
            }
            Path tgz = DIR.resolve("axe-core-" + VERSION + ".tgz");
            Process tar = new ProcessBuilder("tar", "-xzf", tgz.toString(), "-C", DIR.toString(), "package/axe.min.js")
                    .redirectErrorStream(true)
                    .start();
            String tarOut = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!tar.waitFor(60, TimeUnit.SECONDS) || tar.exitValue() != 0) {
                throw new IOException("tar: " + tarOut);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Runs axe on the page in the browser (WCAG 2.0/2.1/2.2 A and AA rules and best practices). */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(WebDriver d) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        d.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));
                """);
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            out.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), (List<String>)
                    v.get("targets")));
        }
        return out;
    }

    /**
     * What fails the scan: every violation, whatever its impact. The last moderate ones
     * (landmark-complementary-is-top-level on the judgment page, heading-order on the restrictions
     * list, landmark-unique on the statistics) are fixed, so a moderate or minor finding is a
     * regression too, not only a serious or critical one.
     */
    public static List<Violation> failing(List<Violation> all) {
        return all;
    }

    /** The serious and critical ones: what the portal must not have. */
    public static List<Violation> serious(List<Violation> all) {
        return all.stream()
                .filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
                .toList();
    }
}
