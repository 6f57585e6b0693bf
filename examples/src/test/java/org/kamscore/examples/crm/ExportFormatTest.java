package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An export format declares each part once; the parts it leaves out are detected. */
final class ExportFormatTest {

  @Test
  void detect_declaresNothing() {
    ExportFormat detect = ExportFormat.detect();

    assertThat(detect.charset()).isEmpty();
    assertThat(detect.delimiter()).isEmpty();
    assertThat(detect.decimalSeparator()).isEmpty();
    assertThat(detect.thousandsSeparator()).isEmpty();
    assertThat(detect).hasToString(
        "charset undetermined, delimiter undetermined, decimal separator undetermined");
  }

  @Test
  void builder_declaresEachPart() {
    ExportFormat format = ExportFormat.builder()
        .charset(StandardCharsets.UTF_8).delimiter('\t').decimalSeparator(',').build();

    assertThat(format).hasToString("UTF-8, delimiter '\\t', decimal comma, thousands '.'");
  }

  @Test
  void locale_withAnInvisibleThousandsSeparator_showsItEscaped() {
    ExportFormat format = ExportFormat.builder()
        .locale(Locale.forLanguageTag("de-AT")).build();

    assertThat(format.thousandsSeparator()).contains('\u00a0');
    assertThat(format).hasToString("charset undetermined, delimiter undetermined, "
        + "decimal comma, thousands '\\u00A0'");
  }

  @Test
  void delimiter_otherThanTheFour_isRejected() {
    assertThatThrownBy(() -> ExportFormat.builder().delimiter(':'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delimiter must be one of ',', ';', '\\t' or '|' but was: ':'");
  }

  @Test
  void decimalSeparator_otherThanPointOrComma_isRejected() {
    assertThatThrownBy(() -> ExportFormat.builder().decimalSeparator('\''))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimal separator must be '.' or ',' but was: '''");
  }

  @Test
  void charset_givenTwice_isRejected() {
    assertThatThrownBy(() -> ExportFormat.builder()
        .charset(StandardCharsets.UTF_8).charset(StandardCharsets.ISO_8859_1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("charset was already set to UTF-8");
  }

  @Test
  void decimalSeparator_afterLocale_isRejected() {
    assertThatThrownBy(() -> ExportFormat.builder().decimalSeparator(',').locale(Locale.US))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("decimal separator was already set to ',' by decimalSeparator(',')");
  }

  @Test
  void nullReferences_areRejected() {
    assertThatThrownBy(() -> ExportFormat.builder().charset(null))
        .isInstanceOf(NullPointerException.class).hasMessage("charset");
    assertThatThrownBy(() -> ExportFormat.builder().locale(null))
        .isInstanceOf(NullPointerException.class).hasMessage("locale");
  }
}
