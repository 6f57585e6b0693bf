package org.kamscore.examples.crm;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line of {@link CrmPortfolioExample}: options that declare the format of an
 * export, then the export to read; without a file, the committed portfolio is read. Options
 * left out are detected (see {@link ExportFormat}).
 *
 * @param file the export to read, or empty for the committed portfolio
 * @param format the format the options declare
 */
record Arguments(Optional<Path> file, ExportFormat format) {
  static final String USAGE = "arguments: [--charset=UTF-8|windows-1252|...] "
      + "[--delimiter=comma|semicolon|tab|pipe] [--decimal=point|comma] [--locale=de-DE|...] "
      + "[export.csv]";

  static Arguments parse(String... args) {
    ExportFormat.Builder format = ExportFormat.builder();
    List<String> options = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        files.add(arg);
        continue;
      }
      options.add(arg);
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      String value = equals < 0 ? "" : arg.substring(equals + 1);
      switch (name) {
        case "--charset" -> format.charset(charset(value));
        case "--delimiter" -> format.delimiter(delimiter(value));
        case "--decimal" -> format.decimalSeparator(decimal(value));
        case "--locale" -> format.locale(locale(value));
        default -> throw new IllegalArgumentException("option must be one of --charset, "
            + "--delimiter, --decimal or --locale but was: '" + ExportFormat.visible(arg) + "'; "
            + USAGE);
      }
    }
    if (files.size() > 1) {
      throw new IllegalArgumentException("arguments must name at most one file but was: "
          + files + "; " + USAGE);
    }
    if (files.isEmpty() && !options.isEmpty()) {
      throw new IllegalArgumentException("options must come with a file to read but was: "
          + options + " without one; " + USAGE);
    }
    return new Arguments(files.stream().findFirst().map(Path::of), format.build());
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option --charset must name an encoding this JVM "
          + "knows, such as UTF-8 or windows-1252, but was: '" + name + "'", e);
    }
  }

  private static char delimiter(String name) {
    return switch (name) {
      case "comma", "," -> ',';
      case "semicolon", ";" -> ';';
      case "tab", "\t" -> '\t';
      case "pipe", "|" -> '|';
      default -> throw new IllegalArgumentException("option --delimiter must be comma, "
          + "semicolon, tab or pipe but was: '" + ExportFormat.visible(name) + "'");
    };
  }

  private static char decimal(String name) {
    return switch (name) {
      case "point", "." -> '.';
      case "comma", "," -> ',';
      default -> throw new IllegalArgumentException("option --decimal must be point or comma "
          + "but was: '" + ExportFormat.visible(name) + "'");
    };
  }

  private static Locale locale(String tag) {
    Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("option --locale must be a language tag such as de-DE "
          + "but was: '" + ExportFormat.visible(tag) + "'");
    }
    return locale;
  }
}
