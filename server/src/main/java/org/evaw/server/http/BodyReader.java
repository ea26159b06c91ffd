package org.evaw.server.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads every request body in full, without holding a thread, before the request goes on to the
 * servlets (which read bodies by blocking a thread each: twenty clients sending a form at a byte
 * a second used to hold every thread). A body must arrive at a minimum rate once a grace period
 * has passed and in full within a deadline, else the client gets {@code 408}; a body over the
 * size limit gets {@code 413}; a compressed body ({@code Content-Encoding} other than identity)
 * gets {@code 415}, so that the size limit is always the size of what is parsed.
 */
public final class BodyReader extends Handler.Wrapper {
    private final long maxBytes;
    private final long minBytesPerSecond;
    private final long graceMillis;
    private final long deadlineMillis;

    /**
     * @param maxBytes          the largest body taken
     * @param minBytesPerSecond the slowest a body may arrive, on average, once {@code graceMillis} have passed
     * @param deadlineMillis    how long a body may take in all
     */
    public BodyReader(long maxBytes, long minBytesPerSecond, long graceMillis, long deadlineMillis) {
        this.maxBytes = maxBytes;
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceMillis = graceMillis;
        this.deadlineMillis = deadlineMillis;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            response.getHeaders().put(HttpHeader.ACCEPT_ENCODING, "identity");
            Response.writeError(request, response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415,
                    "Compressed request bodies are not accepted (Content-Encoding: " + encoding.trim()
                            + "); send the body uncompressed, at most " + maxBytes + " bytes");
            return true;
        }
        long length = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length == 0 || (length < 0 && !chunked))
            return super.handle(request, response, callback);
        if (length > maxBytes) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                    "Request body is too large: " + length + " bytes; the limit is " + maxBytes);
            return true;
        }
        new Loader(request, response, callback).start();
        return true;
    }

    /** Reads one body, chunk by chunk as it arrives, then hands the request on. */
    private final class Loader implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final Deque<Content.Chunk> chunks = new ArrayDeque<>();
        private final long started = System.nanoTime();
        private long bytes;
        private boolean decided;
        private Scheduler.Task check;

        Loader(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void start() {
            schedule();
            run();
        }

        private void schedule() {
            check = request.getComponents().getScheduler().schedule(this::checkPace, 500, TimeUnit.MILLISECONDS);
        }

        /** Runs on the scheduler: a client that sends nothing at all is never woken by demand. */
        private void checkPace() {
            String refusal;
            synchronized (this) {
                if (decided)
                    return;
                refusal = tooSlow();
                if (refusal == null) {
                    schedule();
                    return;
                }
                decided = true;
                releaseAll();
            }
            refuse(HttpStatus.REQUEST_TIMEOUT_408, refusal);
        }

        /** Why the body is too slow, or null while it is not. */
        private String tooSlow() {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (deadlineMillis > 0 && elapsed > deadlineMillis)
                return "The request body took longer than " + deadlineMillis / 1000.0 + " s to arrive (" + bytes + " bytes so far)";
            if (minBytesPerSecond > 0 && elapsed > graceMillis && bytes * 1000 / elapsed < minBytesPerSecond)
                return "The request body is arriving too slowly: " + bytes + " bytes in " + elapsed
                        + " ms; the minimum is " + minBytesPerSecond + " bytes a second";
            return null;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                synchronized (this) {
                    if (decided) {
                        if (chunk != null)
                            chunk.release();
                        return;
                    }
                    if (chunk == null) {
                        request.demand(this);
                        return;
                    }
                    if (Content.Chunk.isFailure(chunk)) {
                        decided = true;
                        releaseAll();
                        chunk.release();
                        cancelCheck();
                    } else {
                        bytes += chunk.remaining();
                        chunks.add(chunk);
                        String slow = tooSlow();
                        if (bytes > maxBytes || slow != null) {
                            decided = true;
                            releaseAll();
                            cancelCheck();
                            if (bytes > maxBytes)
                                refuse(HttpStatus.PAYLOAD_TOO_LARGE_413, "Request body is too large: the limit is " + maxBytes + " bytes");
                            else
                                refuse(HttpStatus.REQUEST_TIMEOUT_408, slow);
                            return;
                        }
                        if (!chunk.isLast())
                            continue;
                        decided = true;
                        cancelCheck();
                    }
                }
                if (Content.Chunk.isFailure(chunk)) {
                    refuse(HttpStatus.BAD_REQUEST_400, "The request body could not be read");
                    return;
                }
                handOn();
                return;
            }
        }

        private void cancelCheck() {
            if (check != null)
                check.cancel();
        }

        private void releaseAll() {
            chunks.forEach(Content.Chunk::release);
            chunks.clear();
        }

        private void refuse(int status, String message) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(request, response, callback, status, message);
        }

        private void handOn() {
            Rewound rewound = new Rewound(request, chunks);
            Callback done = Callback.from(rewound::releaseAll, callback);
            try {
                if (!BodyReader.super.handle(rewound, response, done))
                    Response.writeError(rewound, response, done, HttpStatus.NOT_FOUND_404);
            } catch (Throwable failure) {
                Response.writeError(rewound, response, done, failure);
            }
        }
    }

    /** The request with its body already read, served from memory. */
    private static final class Rewound extends Request.Wrapper {
        private final Deque<Content.Chunk> chunks;

        Rewound(Request wrapped, Deque<Content.Chunk> chunks) {
            super(wrapped);
            this.chunks = chunks;
        }

        @Override
        public Content.Chunk read() {
            synchronized (chunks) {
                Content.Chunk next = chunks.pollFirst();
                return next != null ? next : super.read();
            }
        }

        @Override
        public void demand(Runnable demandCallback) {
            boolean ready;
            synchronized (chunks) {
                ready = !chunks.isEmpty();
            }
            if (ready)
                demandCallback.run();
            else
                super.demand(demandCallback);
        }

        void releaseAll() {
            synchronized (chunks) {
                chunks.forEach(Content.Chunk::release);
                chunks.clear();
            }
        }
    }
}
