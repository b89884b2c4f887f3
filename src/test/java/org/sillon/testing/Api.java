package org.sillon.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the tests: JSON in and out, a bearer token or a session cookie, nothing hidden. */
public final class Api {

    /** The token the bootstrap administrator gets in the test environment (see the failsafe configuration). */
    public static final String ADMIN_TOKEN = "sil_integrationTestAdminToken000000000000";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Api(URI base) {
        this.base = base;
    }

    public static Api at(URL base) {
        String s = loopback(URI.create(base.toString())).toString();
        return new Api(URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s));
    }

    /**
     * The server's address through the loopback, whatever host Payara Micro announced: the test server
     * trusts 127.0.0.1 as a reverse proxy (see the failsafe configuration), so that a test may play any
     * client with X-Forwarded-For, and tests that send none are one local client.
     */
    public static URI loopback(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getUserInfo(), "127.0.0.1", uri.getPort(), uri.getPath(),
                    uri.getQuery(), uri.getFragment());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The same client, playing the one at {@code clientAddress} (sent as X-Forwarded-For). */
    public Api from(String clientAddress) {
        return header("X-Forwarded-For", clientAddress);
    }

    public Api as(String token) {
        Api copy = copy();
        if (token != null) {
            copy.headers.put("Authorization", "Bearer " + token);
        }
        return copy;
    }

    public Api admin() {
        return as(ADMIN_TOKEN);
    }

    public Api anonymous() {
        Api copy = copy();
        copy.headers.remove("Authorization");
        copy.headers.remove("Cookie");
        return copy;
    }

    public Api withCookie(String cookie) {
        Api copy = copy();
        copy.headers.put("Cookie", cookie);
        return copy;
    }

    public Api header(String name, String value) {
        Api copy = copy();
        copy.headers.put(name, value);
        return copy;
    }

    private Api copy() {
        Api copy = new Api(base);
        copy.headers.putAll(headers);
        return copy;
    }

    public URI uri(String path) {
        return base.resolve(base.getPath() + path);
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    /**
     * GETs {@code path} and reads its whole body to nowhere, for benchmarks: the answer received as a client
     * receives it, without the cost of holding 20 MB as one string in the test's JVM. Fails unless 200.
     *
     * @return the body's length in bytes
     */
    public long drain(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        headers.forEach(b::header);
        try {
            HttpResponse<java.io.InputStream> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = r.body()) {
                long length = body.transferTo(java.io.OutputStream.nullOutputStream());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + ": " + r.statusCode());
                }
                return length;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Reply send(String method, String path, String body, String contentType) {
        return sendBytes(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType);
    }

    /** Any bytes as the body, for uploads. */
    public Reply sendBytes(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : uri(path))
                .timeout(Duration.ofSeconds(60));
        headers.forEach(b::header);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is binary (an XLSX file): the bytes, after checking the status is 200. */
    public byte[] getBytes(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            JsonStructure s = Json.createReader(new StringReader(body())).read();
            return s.asJsonObject();
        }

        public jakarta.json.JsonArray array() {
            return Json.createReader(new StringReader(body())).readArray();
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        /** The ETag, as sent back in If-Match. */
        public String etag() {
            return header("ETag");
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }

    /** JSON text from alternating keys and values; null values are written as JSON null. */
    public static String json(Object... keysAndValues) {
        return object(keysAndValues).toString();
    }

    /** The object {@link #json} writes, to nest in another's list. */
    public static JsonObject object(Object... keysAndValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object v = keysAndValues[i + 1];
            if (v == null) {
                b.addNull(key);
            } else if (v instanceof JsonValue jv) {
                b.add(key, jv);
            } else if (v instanceof Boolean bool) {
                b.add(key, bool);
            } else if (v instanceof Integer n) {
                b.add(key, n);
            } else if (v instanceof Long n) {
                b.add(key, n);
            } else if (v instanceof java.util.Collection<?> c) {
                var a = Json.createArrayBuilder();
                c.forEach(x -> {
                    if (x instanceof JsonValue jv) {
                        a.add(jv);
                    } else if (x instanceof Number n) {
                        a.add(n.longValue());
                    } else {
                        a.add(String.valueOf(x));
                    }
                });
                b.add(key, a);
            } else {
                b.add(key, String.valueOf(v));
            }
        }
        return b.build();
    }
}
