package org.kamscore.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Catches the {@link PolicyDocumentException} that reading a document must throw. */
final class Rejected {
  private Rejected() {}

  static PolicyDocumentException by(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(PolicyDocumentException.class);
    return (PolicyDocumentException) thrown;
  }

  /** Asserts the pointer and the whole message of a rejection. */
  static void as(PolicyDocumentException e, String pointer, String message) {
    assertThat(e).hasMessage(message);
    assertThat(e.pointer()).isEqualTo(pointer);
  }
}
