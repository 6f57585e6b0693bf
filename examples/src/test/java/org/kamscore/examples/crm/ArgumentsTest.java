package org.kamscore.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example's command line declares the format of an export; what it leaves out is detected. */
final class ArgumentsTest {

  @Test
  void noArguments_readTheCommittedPortfolio_detectingEverything() {
    Arguments arguments = Arguments.parse();

    assertThat(arguments.file()).isEmpty();
    assertThat(arguments.format()).hasToString(ExportFormat.detect().toString());
  }

  @Test
  void fileAlone_isReadDetectingEverything() {
    Arguments arguments = Arguments.parse("export.csv");

    assertThat(arguments.file()).contains(Path.of("export.csv"));
    assertThat(arguments.format()).hasToString(
        "charset undetermined, delimiter undetermined, decimal separator undetermined");
  }

  @Test
  void options_declareTheFormat() {
    Arguments arguments = Arguments.parse("--charset=windows-1252", "--delimiter=semicolon",
        "--decimal=comma", "export.csv");

    assertThat(arguments.file()).contains(Path.of("export.csv"));
    assertThat(arguments.format().charset()).contains(Charset.forName("windows-1252"));
    assertThat(arguments.format().delimiter()).contains(';');
    assertThat(arguments.format().decimalSeparator()).contains(',');
    assertThat(arguments.format().thousandsSeparator()).contains('.');
  }

  @Test
  void delimiters_byNameOrCharacter() {
    assertThat(Arguments.parse("--delimiter=comma", "f").format().delimiter()).contains(',');
    assertThat(Arguments.parse("--delimiter=,", "f").format().delimiter()).contains(',');
    assertThat(Arguments.parse("--delimiter=;", "f").format().delimiter()).contains(';');
    assertThat(Arguments.parse("--delimiter=tab", "f").format().delimiter()).contains('\t');
    assertThat(Arguments.parse("--delimiter=pipe", "f").format().delimiter()).contains('|');
    assertThat(Arguments.parse("--decimal=point", "f").format().decimalSeparator())
        .contains('.');
  }

  @Test
  void locale_declaresDecimalAndThousandsSeparators() {
    ExportFormat german = Arguments.parse("--locale=de-DE", "f").format();
    ExportFormat american = Arguments.parse("--locale=en_US", "f").format();

    assertThat(german.decimalSeparator()).contains(',');
    assertThat(german.thousandsSeparator()).contains('.');
    assertThat(american.decimalSeparator()).contains('.');
    assertThat(american.thousandsSeparator()).contains(',');
  }

  @Test
  void unknownOption_isRejected_withTheKnownOnes() {
    assertThatThrownBy(() -> Arguments.parse("--separator=;", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option must be one of --charset, --delimiter, --decimal or --locale but "
            + "was: '--separator=;'; " + Arguments.USAGE);
  }

  @Test
  void badOptionValues_areRejected() {
    assertThatThrownBy(() -> Arguments.parse("--delimiter=colon", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option --delimiter must be comma, semicolon, tab or pipe but was: 'colon'");
    assertThatThrownBy(() -> Arguments.parse("--decimal=dot", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option --decimal must be point or comma but was: 'dot'");
    assertThatThrownBy(() -> Arguments.parse("--charset=latin-9000", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option --charset must name an encoding this JVM knows, such as UTF-8 or "
            + "windows-1252, but was: 'latin-9000'");
    assertThatThrownBy(() -> Arguments.parse("--locale=", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option --locale must be a language tag such as de-DE but was: ''");
  }

  @Test
  void repeatedOrConflictingOption_isRejected_namingTheEarlierValue() {
    assertThatThrownBy(() -> Arguments.parse("--delimiter=tab", "--delimiter=;", "f"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("delimiter was already set to '\\t'");
    assertThatThrownBy(() -> Arguments.parse("--locale=de-DE", "--decimal=point", "f"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("decimal separator was already set to ',' by locale(de-DE)");
  }

  @Test
  void twoFiles_orOptionsWithoutAFile_areRejected() {
    assertThatThrownBy(() -> Arguments.parse("a.csv", "b.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("arguments must name at most one file but was: [a.csv, b.csv]; "
            + Arguments.USAGE);
    assertThatThrownBy(() -> Arguments.parse("--decimal=comma"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("options must come with a file to read but was: [--decimal=comma] without "
            + "one; " + Arguments.USAGE);
  }

  @Test
  void optionalFile_isAPath() {
    assertThat(Arguments.parse("--decimal=comma", "dir/export.csv").file())
        .isEqualTo(Optional.of(Path.of("dir", "export.csv")));
  }
}
