package org.sillon.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Logs in through the real login page, as a browser does: reads the form, its view state and the page's CSP
 * nonce (which PrimeFaces' script adds to every form it posts), posts the credentials, and keeps the session
 * cookie it is given.
 */
public final class FormLogin {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /** What the login form answered: where it redirected, and the session cookie if one was set. */
    public record Result(int status, String location, String cookie, String body) {
        public boolean succeeded() {
            return status == 302 && location != null && !location.contains("login.xhtml");
        }
    }

    private FormLogin() {
    }

    public static Result login(URI base, String username, String password) {
        return login(base, username, password, null);
    }

    /**
     * Logs in as if from {@code clientAddress}, sent as X-Forwarded-For (see {@link Api#loopback}), so that
     * a test failing logins on purpose makes an address of its own wait.
     */
    public static Result login(URI base, String username, String password, String clientAddress) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            URI page = Api.loopback(base).resolve("/login.xhtml");
            HttpRequest.Builder get = HttpRequest.newBuilder(page);
            if (clientAddress != null) {
                get.header("X-Forwarded-For", clientAddress);
            }
            HttpResponse<String> form = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
            String cookie = sessionCookie(form.headers().allValues("Set-Cookie"), null);
            Matcher m = VIEW_STATE.matcher(form.body());
            if (!m.find()) {
                throw new IllegalStateException("No view state on the login page: " + form.body());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:username", username);
            fields.put("login:password", password);
            fields.put("login:next", "");
            fields.put("login:submit", "");
            fields.put("jakarta.faces.ViewState", m.group(1));
            Matcher nonce = NONCE.matcher(form.body());
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder post = HttpRequest.newBuilder(page)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (cookie != null) {
                post.header("Cookie", cookie);
            }
            if (clientAddress != null) {
                post.header("X-Forwarded-For", clientAddress);
            }
            HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
            return new Result(answer.statusCode(), answer.headers().firstValue("Location").orElse(null),
                    sessionCookie(answer.headers().allValues("Set-Cookie"), cookie), answer.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in and returns the session cookie, failing the test if the login is refused. */
    public static String session(URI base, String username, String password) {
        Result r = login(base, username, password);
        if (!r.succeeded()) {
            throw new AssertionError("Login of " + username + " failed: " + r.status() + " " + r.body());
        }
        return r.cookie();
    }

    private static String sessionCookie(List<String> setCookies, String previous) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0])
                .findFirst().orElse(previous);
    }
}
