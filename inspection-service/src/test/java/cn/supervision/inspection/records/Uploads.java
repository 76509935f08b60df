package cn.supervision.inspection.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import cn.supervision.testsupport.Http;

/** Multipart uploads as a browser form sends them (the shared {@code Http} helper speaks JSON only), and sample files by their magic bytes. */
final class Uploads {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** The platform administrator's token, as {@link Http} sends by default. */
    private static final java.util.function.Supplier<String> BEARER =
            () -> "Bearer " + cn.supervision.testsupport.TestTokens.token(cn.supervision.testsupport.TestTokens.DEFAULT_USER);

    private Uploads() {
    }

    static Http.Response upload(String url, String uploadedBy, String fileName, String declaredType, byte[] content) {
        String boundary = "----evidence" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (uploadedBy != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"uploadedBy\"\r\n\r\n" + uploadedBy + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n现场照片\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                    + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", BEARER.get())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] download(String url) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", BEARER.get()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("download " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A "JPEG": the JPEG signature followed by random bytes (the type is judged by the first bytes only). */
    static byte[] jpeg(int size) {
        return withHead(size, 0xFF, 0xD8, 0xFF, 0xE0);
    }

    static byte[] pdf(int size) {
        return withHead(size, '%', 'P', 'D', 'F', '-', '1', '.', '7');
    }

    static byte[] withHead(int size, int... head) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return bytes;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
