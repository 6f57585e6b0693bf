package org.kamscore.examples.crm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of a CSV file into text: by a declared encoding, else by its byte-order mark,
 * else as UTF-8 if every byte sequence is valid UTF-8, else as Windows-1252. Decoding is strict:
 * a byte the encoding cannot read is an error naming its offset and line, never a replacement
 * character in a customer's name.
 */
final class Decoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The text of a file and the encoding it was read in. */
  record Text(String text, Charset charset) {}

  private Decoding() {}

  static Text decode(byte[] bytes, Optional<Charset> declared) throws IOException {
    if (declared.isPresent()) {
      return new Text(withoutBom(strict(bytes, 0, declared.get())), declared.get());
    }
    Charset bom = bom(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Text(strict(bytes, skip, bom), bom);
    }
    try {
      return new Text(strict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    } catch (Undecodable notUtf8) {
      try {
        return new Text(strict(bytes, 0, WINDOWS_1252), WINDOWS_1252);
      } catch (Undecodable notWindows) {
        throw new IOException("encoding of the portfolio CSV must be UTF-8 or windows-1252 but "
            + "was neither: " + notUtf8.where + " is not UTF-8 and " + notWindows.where
            + " is not windows-1252; declare the encoding (--charset=...)", notWindows);
      }
    }
  }

  /** Removes the byte-order mark a declared UTF-8 or UTF-16LE/BE decoder leaves in the text. */
  static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Charset bom(byte[] b) {
    if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String strict(byte[] bytes, int from, Charset charset) throws Undecodable {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    CoderResult result = decoder.decode(in, out, true);
    for (; result.isOverflow(); result = decoder.decode(in, out, true)) {
      out = grown(out);
    }
    if (result.isError()) {
      out.flip();
      throw new Undecodable(String.format(Locale.ROOT, "byte 0x%02X at offset %d (line %d)",
          bytes[in.position()], in.position(), lines(out) + 1), charset);
    }
    for (result = decoder.flush(out); result.isOverflow(); result = decoder.flush(out)) {
      out = grown(out);
    }
    return out.flip().toString();
  }

  private static CharBuffer grown(CharBuffer full) {
    return CharBuffer.allocate(2 * full.capacity()).put(full.flip());
  }

  private static long lines(CharBuffer text) {
    return text.chars().filter(c -> c == '\n').count();
  }

  /** Bytes that an encoding cannot read. */
  private static final class Undecodable extends IOException {
    private static final long serialVersionUID = 1L;

    final String where;

    Undecodable(String where, Charset charset) {
      super("encoding of the portfolio CSV must be " + charset.name() + " but was not: "
          + where + " cannot be read in it");
      this.where = where;
    }
  }
}
