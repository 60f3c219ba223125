package com.tixmaster.transforms.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.regex.Pattern;

/**
 * Removes the API key from text and response bodies. Two passes: any {@code apikey=...} query
 * parameter (the API echoes queries in {@code _links}), then any literal occurrence of the key (the
 * 429 quota fault echoes it as "Identifier : KEY").
 */
public final class Redactor {
  public static final String MASK = "REDACTED";

  // A query value ends at '&', whitespace, a JSON/HTML delimiter or a backslash (JSON escapes).
  private static final Pattern APIKEY_PARAM = Pattern.compile("(?i)(apikey=)[^&\\s\"'#<>\\\\]+");

  private final String key;
  // The key's UTF-8 bytes read as Latin-1: lets bodies be redacted byte for byte (see
  // redact(byte[])).
  private final String keyAsLatin1;

  public Redactor(Secret key) {
    this.key = key.reveal();
    this.keyAsLatin1 = new String(this.key.getBytes(UTF_8), ISO_8859_1);
  }

  /** The text with every trace of the key replaced by {@value #MASK}. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    return APIKEY_PARAM.matcher(text).replaceAll("$1" + MASK).replace(key, MASK);
  }

  /**
   * The body with the key redacted, and otherwise byte-identical. Latin-1 maps each byte to one
   * char and back, and both patterns are ASCII, so multi-byte UTF-8 sequences pass through
   * untouched. Returns the same array when there was nothing to redact.
   */
  public byte[] redact(byte[] body) {
    String text = new String(body, ISO_8859_1);
    String redacted = APIKEY_PARAM.matcher(text).replaceAll("$1" + MASK).replace(keyAsLatin1, MASK);
    return redacted.equals(text) ? body : redacted.getBytes(ISO_8859_1);
  }
}
