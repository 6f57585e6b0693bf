package org.kamscore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** SHA-256 of a canonical description, as 64 lower-case hex digits. */
final class Fingerprint {
  private Fingerprint() {}

  /**
   * The fingerprint of a model's configuration: a canonical line per criterion and knock-out,
   * then the tiers. Doubles enter as hex, which every JVM prints alike.
   */
  static <T> String of(List<CriterionDefinition<T>> criteria, KnockOuts<T> knockOuts,
      Tiers tiers) {
    StringBuilder canonical = new StringBuilder("kamscore-model/1\n");
    for (CriterionDefinition<T> c : criteria) {
      canonical.append(c.canonical()).append('\n');
    }
    knockOuts.appendCanonical(canonical);
    canonical.append(tiers.canonical()).append('\n');
    return of(canonical.toString());
  }

  static String of(String canonical) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must support SHA-256", e);
    }
    byte[] digest = sha256.digest(canonical.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder(64);
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }
}
