package cn.supervision.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates malformed and adversarial requests for an endpoint: hostile path and query values (injection strings,
 * unicode tricks, huge strings, invalid USCCs, boundary dates, ids that do exist) combined with hostile bodies (broken
 * JSON, deep nesting, wrong types, oversize strings, wrong content types, invalid UTF-8, oversize uploads).
 */
final class HostileCorpus {

    /** One request to send. */
    record Request(Endpoints.Endpoint endpoint, String url, String contentType, byte[] body, boolean anonymous, String description) {
    }

    static final List<String> VALUES = List.of(
            "", " ", "../../../../etc/passwd", "..%2f..%2fetc", "' OR '1'='1", "\"; db.dropDatabase(); //", "{\"$gt\": \"\"}", "$where",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1:1/x}", "A".repeat(5000), "\u202Egnp.exe", "ＡＢＣ１２３", "\uD840\uDC00\uD840\uDC01",
            "\uFEFFbom", "null", "-1", "0", "99999999999999999999999", "1e309", "NaN", "2026-02-30", "0000-01-01", "9999-12-31T23:59:59Z",
            "91350100M000100Y44", "91350100M000100Y4", "9135O100M000100Y43", "\t\n\r", "%", "REL-HM-1", "REL-JZ",
            "\u0000", "'; DROP TABLE objects; --", "*", "[]", "true");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private final String existingObject;

    HostileCorpus(String existingObject) {
        this.existingObject = existingObject;
    }

    /** {@code count} requests for one endpoint, cycling values and bodies so the combinations vary. */
    List<Request> requests(ReliabilityPlatform platform, Endpoints.Endpoint endpoint, int count) {
        List<Request> requests = new ArrayList<>();
        List<String> values = new ArrayList<>(VALUES);
        values.add(existingObject);
        List<Body> bodies = bodies(endpoint);
        for (int i = 0; i < count; i++) {
            String value = values.get(i % values.size());
            String url = platform.url(endpoint.service()) + path(endpoint.pattern(), value) + query(endpoint, values, i);
            if (!endpoint.writes()) {
                requests.add(new Request(endpoint, url, null, null, i % 17 == 5, "GET value #" + (i % values.size())));
                continue;
            }
            Body body = bodies.get(i % bodies.size());
            requests.add(new Request(endpoint, url, body.contentType(), body.bytes(), i % 17 == 5, body.name() + " with value #" + (i % values.size())));
        }
        return requests;
    }

    record Body(String name, String contentType, byte[] bytes) {
        static Body json(String name, String json) {
            return new Body(name, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<Body> bodies(Endpoints.Endpoint endpoint) {
        List<Body> bodies = new ArrayList<>();
        bodies.add(Body.json("broken JSON", "{\"name\": \"x\", "));
        bodies.add(Body.json("deep JSON", "[".repeat(20_000) + "]".repeat(20_000)));
        bodies.add(Body.json("deep object", "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)));
        bodies.add(Body.json("JSON null", "null"));
        bodies.add(Body.json("JSON array", "[1, 2, 3]"));
        bodies.add(Body.json("JSON string", "\"text\""));
        bodies.add(Body.json("wrong types", wrongTypes(endpoint)));
        bodies.add(Body.json("oversize strings", oversize(endpoint)));
        bodies.add(Body.json("unknown field only", "{\"__proto__\": {\"admin\": true}, \"$where\": \"1\"}"));
        bodies.add(Body.json("duplicate keys", "{\"a\": 1, \"a\": 2}"));
        bodies.add(new Body("invalid UTF-8", "application/json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        bodies.add(new Body("XML", "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"
                .getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("plain text", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("no body", null, null));
        if (endpoint.multipart()) {
            bodies.add(multipart("garbage upload", "file", "x.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}));
            bodies.add(multipart("wrong part name", "upload", "x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
            bodies.add(multipart("empty file", "file", "empty.csv", new byte[0]));
            bodies.add(new Body("broken multipart", "multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data\r\n\r\n"
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return bodies;
    }

    /** An upload of {@code size} bytes of a CSV-looking file: bigger than any limit the service may set. */
    static Body oversizeUpload(int size) {
        byte[] content = new byte[size];
        java.util.Arrays.fill(content, (byte) 'A');
        return multipart("oversize upload " + size / (1024 * 1024) + " MB", "file", "huge.csv", content);
    }

    static Body multipart(String name, String part, String filename, byte[] content) {
        String boundary = "reliabilityBoundary7MA4YWxkTrZu0gW";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return new Body(name, "multipart/form-data; boundary=" + boundary, all);
    }

    private static String wrongTypes(Endpoints.Endpoint endpoint) {
        List<String> fields = endpoint.bodyFields();
        if (fields.isEmpty()) {
            return "{\"name\": {\"nested\": true}, \"size\": \"many\", \"items\": \"none\"}";
        }
        StringBuilder json = new StringBuilder("{");
        for (String field : fields) {
            String[] f = field.split(":");
            json.append(json.length() > 1 ? ", " : "").append('"').append(f[0]).append("\": ")
                    .append(f[1].equals("string") ? "{\"nested\": [1, 2]}" : "\"not-a-value\"");
        }
        return json.append('}').toString();
    }

    private static String oversize(Endpoints.Endpoint endpoint) {
        String huge = "长".repeat(300_000);
        List<String> fields = endpoint.bodyFields();
        StringBuilder json = new StringBuilder("{");
        for (String field : fields.isEmpty() ? List.of("name:string") : fields) {
            String[] f = field.split(":");
            json.append(json.length() > 1 ? ", " : "").append('"').append(f[0]).append("\": ")
                    .append(f[1].equals("string") ? "\"" + huge + "\"" : "[\"" + huge + "\"]");
        }
        return json.append('}').toString();
    }

    private static String path(String pattern, String value) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(encode(value)));
        }
        m.appendTail(out);
        return out.toString().replace("/**", "/" + encode(value));
    }

    private static String query(Endpoints.Endpoint endpoint, List<String> values, int i) {
        if (endpoint.queryParameters().isEmpty()) {
            return "";
        }
        StringBuilder query = new StringBuilder("?");
        int n = 0;
        for (String name : endpoint.queryParameters()) {
            query.append(n++ > 0 ? "&" : "").append(encode(name)).append('=').append(encode(values.get((i * 7 + n) % values.size())));
        }
        return query.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
