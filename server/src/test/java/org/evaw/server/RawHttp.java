package org.evaw.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * One HTTP/1.1 exchange over a plain socket, for requests an ordinary client will not send or will
 * not finish: a request line of megabytes, a body larger than the server takes, a chunked body.
 * The request is written on its own thread while the answer is read, because a server that
 * refuses a request answers before it has read it, and closes.
 */
record RawHttp(int status, String head, String body) {
    static RawHttp exchange(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            CompletableFuture.runAsync(() -> {
                try {
                    out.write(request);
                    out.flush();
                } catch (IOException refusedMidway) {
                    // The server answered and closed before taking the whole request: expected.
                }
            });
            byte[] answer = readAll(socket.getInputStream());
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : new String(answer, split + 4, answer.length - split - 4, StandardCharsets.UTF_8);
            if (!head.startsWith("HTTP/1.1 "))
                throw new IOException("no HTTP answer: " + text.substring(0, Math.min(200, text.length())));
            return new RawHttp(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    /** A request with a body sent in chunks, without a Content-Length. */
    static byte[] chunked(String method, String path, String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (int at = 0; at < body.length; at += 8192) {
            int n = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A request with a body and its Content-Length. */
    static byte[] sized(String method, String path, String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body, 0, body.length);
        return out.toByteArray();
    }

    /** A GET of a request target as given, which may be of any length. */
    static byte[] get(byte[] target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GET ".getBytes(StandardCharsets.ISO_8859_1));
        out.write(target, 0, target.length);
        out.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** The value of a header of the answer, or null. */
    String header(String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                return line.substring(colon + 1).trim();
        }
        return null;
    }

    /** Reads the answer to its end: the declared Content-Length, or until the server closes. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                answer.write(buffer, 0, n);
                if (complete(answer.toByteArray()))
                    break;
            }
        } catch (SocketTimeoutException | java.net.SocketException cut) {
            if (answer.size() == 0)
                throw cut;
        }
        return answer.toByteArray();
    }

    private static boolean complete(byte[] soFar) {
        String text = new String(soFar, StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        if (split < 0)
            return false;
        for (String line : text.substring(0, split).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                return soFar.length - split - 4 >= Long.parseLong(line.substring(15).trim());
        }
        return false;
    }
}
