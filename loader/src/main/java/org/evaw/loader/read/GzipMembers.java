package org.evaw.loader.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a gzip file as a series of members (RFC 1952), strictly: every header is checked, every
 * member's CRC-32 and length are checked against its trailer, and after the last trailer the file
 * must end. {@link java.util.zip.GZIPInputStream} stops without a word at bytes after a member that
 * are not a whole member (a file cut inside the next member's header, say), so a build cut short
 * there would load half its graphs; here that is a {@link Refusal}, as is a file that ends inside
 * a member. What the members inflate to is held to {@link ReadLimits} as it is read.
 */
final class GzipMembers extends InputStream {
    private static final int FTEXT = 1, FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;

    private final InputStream in;
    private final InflationLimit limit;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[1 << 16];
    private int position, length;
    /** Compressed bytes read from {@code in} so far, and where the current member began. */
    private long consumed, memberStart;
    private long memberOut;
    private int members;
    private boolean inMember, ended;

    GzipMembers(InputStream in, ReadLimits limits) {
        this.in = in;
        this.limit = new InflationLimit(limits);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0)
            return 0;
        while (true) {
            if (ended)
                return -1;
            if (!inMember) {
                if (!startMember()) {
                    ended = true;
                    return -1;
                }
            }
            if (inflater.needsInput()) {
                if (position == length && !fill())
                    throw new Refusal("the file ends inside gzip member " + (members + 1) + " (at byte " + consumed
                            + "): it is cut short");
                inflater.setInput(buffer, position, length - position);
                position = length;
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new Refusal("gzip member " + (members + 1) + " is corrupt (" + e.getMessage() + ")");
            }
            if (n > 0) {
                crc.update(b, off, n);
                memberOut += n;
                limit.inflated(n, memberOut, consumed - inflater.getRemaining() - memberStart, consumed - inflater.getRemaining());
            }
            if (inflater.finished()) {
                position = length - inflater.getRemaining();
                endMember();
            } else if (n == 0 && inflater.needsDictionary()) {
                throw new Refusal("gzip member " + (members + 1) + " needs a preset dictionary, which gzip does not have");
            }
            if (n > 0)
                return n;
        }
    }

    /** Reads a member's header; false at the end of the file between members (not before the first). */
    private boolean startMember() throws IOException {
        if (position == length && !fill()) {
            if (members == 0)
                throw new Refusal("empty file: not gzip");
            return false;
        }
        memberStart = consumed - (length - position);
        int id1 = next(), id2 = next();
        if (id1 != 0x1f || id2 != 0x8b)
            throw new Refusal(members == 0 ? "not gzip (no gzip header)"
                    : "bytes after gzip member " + members + " (at byte " + memberStart + ") are not a gzip member");
        if (next() != 8)
            throw new Refusal("gzip member " + (members + 1) + " is not deflated");
        int flags = next();
        if ((flags & ~(FTEXT | FHCRC | FEXTRA | FNAME | FCOMMENT)) != 0)
            throw new Refusal("gzip member " + (members + 1) + " has reserved header flags set");
        skip(6); // modification time, extra flags, operating system
        if ((flags & FEXTRA) != 0)
            skip(next() | next() << 8);
        if ((flags & FNAME) != 0)
            while (next() != 0) { }
        if ((flags & FCOMMENT) != 0)
            while (next() != 0) { }
        if ((flags & FHCRC) != 0)
            skip(2);
        inflater.reset();
        crc.reset();
        memberOut = 0;
        inMember = true;
        return true;
    }

    private void endMember() throws IOException {
        long expectedCrc = next() | next() << 8 | next() << 16 | (long) next() << 24;
        long expectedSize = next() | next() << 8 | next() << 16 | (long) next() << 24;
        if (expectedCrc != crc.getValue())
            throw new Refusal("gzip member " + (members + 1) + " fails its CRC-32 check: its bytes were changed");
        if (expectedSize != (memberOut & 0xFFFFFFFFL))
            throw new Refusal("gzip member " + (members + 1) + " inflates to another length than its trailer states");
        members++;
        inMember = false;
    }

    /** The next header or trailer byte; the file may not end here. */
    private int next() throws IOException {
        if (position == length && !fill())
            throw new Refusal("the file ends inside gzip member " + (members + 1) + " (at byte " + consumed + "): it is cut short");
        return buffer[position++] & 0xFF;
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++)
            next();
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0)
            return false;
        position = 0;
        length = n;
        consumed += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
