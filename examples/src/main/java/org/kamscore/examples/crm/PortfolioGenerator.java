package org.kamscore.examples.crm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kamscore.examples.crm.CrmCustomer.Cooperation;
import org.kamscore.examples.crm.CrmCustomer.Industry;
import org.kamscore.examples.crm.CrmCustomer.Relevance;

/**
 * Generates the synthetic CRM portfolio of the example: 600 B2B customers of a furniture maker,
 * reproducible bit for bit from a seed on every JDK from 17.
 *
 * <p>Revenue is log-normal (median about 400,000 EUR, sigma 1.2: a few very large customers and
 * a long tail), scaled by industry. Larger customers tend to earn a lower margin, demand more
 * discount, hold a larger market share and more often are strategically relevant; long
 * contracts go with cooperation. Every other value is noise around an industry profile.
 *
 * <p>Reproducibility: the only source of randomness is a {@link SplittableRandom} with a fixed
 * seed, used through {@code nextDouble()} and {@code nextInt(bound)} alone, in a fixed order.
 * Normal deviates come from the Box–Muller transform computed with {@link StrictMath} (not
 * {@code nextGaussian()}, whose algorithm changed between JDKs), and values are rounded to
 * fixed decimals with integer arithmetic before they are written.
 *
 * <p>Regenerate the committed file with
 * {@code mvn -q -pl examples -am -DskipTests package exec:java
 * -Dkamscore.example=org.kamscore.examples.crm.PortfolioGenerator}.
 *
 * @since 0.1.0
 */
public final class PortfolioGenerator {
  /** The seed of the committed portfolio. */
  public static final long SEED = 20_260_401L;
  /** The number of customers in the committed portfolio. */
  public static final int SIZE = 600;
  /** Where the committed portfolio lies, below the examples module. */
  static final Path RESOURCE =
      Path.of("src", "main", "resources", "org", "kamscore", "examples", "crm",
          PortfolioCsv.RESOURCE_NAME);

  private static final double MEDIAN_REVENUE = 400_000;
  private static final double REVENUE_SIGMA = 1.2;

  private static final String[] FIRST = {"Nord", "Wald", "Berg", "Lind", "Sonn", "Alt", "Hoh",
    "Mar", "Ros", "Kron", "Fel", "Ost", "West", "Eich", "Tann", "Brun", "Hel", "Sand", "Stein",
    "Wies"};
  private static final String[] SECOND = {"dahl", "haus", "berg", "feld", "mann", "au", "stein",
    "hof", "bach", "ing", "horst", "mark", "tal", "brook", "eck", "wald"};
  private static final String[] LEGAL_FORM = {"GmbH", "AG", "KG", "GmbH & Co. KG", "SE"};

  /** How an industry shapes its customers: weight in the portfolio and typical values. */
  private record Profile(int weight, double revenueFactor, double margin, double growth,
      double discount, String... names) {}

  private final SplittableRandom random;

  private PortfolioGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  private static Profile profile(Industry industry) {
    switch (industry) {
      case FURNITURE_RETAIL:
        return new Profile(24, 1.4, 0.21, 0.0, 0.12,
            "Wohnwelt %s", "%s Wohnen %s", "Einrichtungshaus %s", "%s Moebel %s");
      case HOTELS:
        return new Profile(14, 0.8, 0.27, 0.3, 0.08, "Hotel %s", "%s Hotels %s", "%s Resorts %s");
      case ONLINE_RETAIL:
        return new Profile(12, 1.3, 0.17, 0.8, 0.14, "%s Online %s", "%s Shop %s", "%s Direkt %s");
      case OFFICE:
        return new Profile(12, 0.9, 0.24, -0.2, 0.10, "%s Office %s", "Buero %s", "%s Objekt %s");
      case HEALTHCARE:
        return new Profile(12, 0.9, 0.30, 0.4, 0.07,
            "Klinikum %s", "Seniorenresidenz %s", "%s Pflege %s");
      case PUBLIC_SECTOR:
        return new Profile(8, 1.0, 0.19, -0.4, 0.05,
            "Stadtverwaltung %s", "Landratsamt %s", "Schulverband %s");
      case INTERIOR_DESIGN:
        return new Profile(10, 0.5, 0.33, 0.2, 0.06, "Studio %s", "%s Interior %s");
      case WHOLESALE:
        return new Profile(8, 1.6, 0.13, -0.1, 0.18, "%s Handel %s", "Einkaufsverbund %s");
      default:
        throw new AssertionError(industry);
    }
  }

  /**
   * Generates a portfolio.
   *
   * @param seed the seed; the same seed gives the same customers on every JDK
   * @param size the number of customers
   * @return the customers, with ids {@code C-0001} upward
   * @throws IllegalArgumentException if {@code size} is not in {@code [0, 9999]}
   */
  public static List<CrmCustomer> generate(long seed, int size) {
    if (size < 0 || size > 9_999) {
      throw new IllegalArgumentException("size must be in [0, 9999] but was: " + size);
    }
    PortfolioGenerator generator = new PortfolioGenerator(seed);
    List<CrmCustomer> customers = new ArrayList<>(size);
    for (int i = 1; i <= size; i++) {
      customers.add(generator.next(String.format(java.util.Locale.ROOT, "C-%04d", i)));
    }
    return List.copyOf(customers);
  }

  /**
   * Returns the committed portfolio as CSV text: {@link #SIZE} customers from {@link #SEED}.
   *
   * @return the CSV text, header first, lines ending in {@code \n}
   */
  public static String committedCsv() {
    return PortfolioCsv.toCsv(generate(SEED, SIZE));
  }

  /**
   * Writes the committed portfolio.
   *
   * @param args optionally the file to write; by default the resource of the examples module
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : ExamplePaths.module().resolve(RESOURCE);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, committedCsv(), StandardCharsets.UTF_8);
    System.out.println("wrote " + SIZE + " customers to " + file.toAbsolutePath().normalize());
  }

  private CrmCustomer next(String id) {
    Industry industry = industry();
    Profile profile = profile(industry);
    String name = name(profile);
    double size = gaussian(); // the customer's size, which many values lean on

    double revenue = StrictMath.exp(StrictMath.log(MEDIAN_REVENUE * profile.revenueFactor())
        + REVENUE_SIGMA * size);
    double margin = clamp(profile.margin() - 0.025 * size + 0.05 * gaussian(), 0.02, 0.55);
    int growth = cut(profile.growth() - 0.1 * size + gaussian(), -1.3, -0.4, 0.5, 1.3);
    Relevance relevance =
        Relevance.values()[cut(0.6 * size + gaussian(), 0.2, 1.4)];
    double marketShare =
        clamp(0.03 * StrictMath.exp(0.8 * size + 0.6 * gaussian()), 0.001, 0.40);
    double commitment = 0.3 * size + gaussian();
    int contractYears = (int) clamp(Math.round(3 + 2.2 * commitment), 0, 10);
    Cooperation cooperation =
        Cooperation.values()[cut(0.5 * commitment + gaussian(), -0.5, 0.8)];
    double discount = clamp(profile.discount() + 0.035 * size + 0.04 * gaussian(), 0.0, 0.35);

    return new CrmCustomer(id, name, industry, Decimals.round(revenue, 0),
        Decimals.round(margin, 3), growth + 1, relevance, Decimals.round(marketShare, 3),
        contractYears, cooperation, Decimals.round(discount, 3));
  }

  private Industry industry() {
    Industry[] all = Industry.values();
    int total = 0;
    for (Industry industry : all) {
      total += profile(industry).weight();
    }
    int pick = random.nextInt(total);
    for (Industry industry : all) {
      pick -= profile(industry).weight();
      if (pick < 0) {
        return industry;
      }
    }
    throw new AssertionError(pick);
  }

  private String name(Profile profile) {
    String stem = pick(FIRST) + pick(SECOND);
    String pattern = pick(profile.names());
    return pattern.indexOf("%s") == pattern.lastIndexOf("%s")
        ? pattern.replace("%s", stem)
        : pattern.replaceFirst("%s", stem).replace("%s", pick(LEGAL_FORM));
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** A standard normal deviate by Box–Muller, from exactly two uniform draws. */
  private double gaussian() {
    double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the logarithm is finite
    double u2 = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /** The number of cut points below {@code value}: 0 for the lowest band. */
  private static int cut(double value, double... cutPoints) {
    int band = 0;
    while (band < cutPoints.length && value >= cutPoints[band]) {
      band++;
    }
    return band;
  }

  private static double clamp(double value, double min, double max) {
    return value < min ? min : value > max ? max : value;
  }
}
