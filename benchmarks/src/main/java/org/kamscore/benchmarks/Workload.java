package org.kamscore.benchmarks;

import java.util.SplittableRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.kamscore.LevelScale;
import org.kamscore.ScoringModel;
import org.kamscore.Scale;
import org.kamscore.Tiers;
import org.kamscore.matrix.MatrixPresets;
import org.kamscore.matrix.PortfolioMatrix;

/**
 * The one workload every contestant runs: the attractiveness scorecard (8 criteria, 2
 * knock-outs, 3 tiers), a small supplier-position model for the matrix columns, and customers
 * drawn from a fixed seed.
 */
public final class Workload {
  /** The seed every benchmark and test draws its customers from. */
  public static final long SEED = 20_260_101L;
  /** How many customers the benchmarks hold. */
  public static final int CUSTOMERS = 1_000_000;

  /** Relative weights of the attractiveness criteria, in declaration order. */
  static final double[] WEIGHTS = {20, 15, 15, 10, 10, 10, 5, 15};
  /** Relative weights of the position criteria, in declaration order. */
  static final double[] POSITION_WEIGHTS = {50, 30, 20};

  private Workload() {}

  /**
   * The attractiveness scorecard: the rows of the matrix and the model every per-customer
   * contestant computes.
   *
   * @return the model
   */
  public static ScoringModel<Customer> attractiveness() {
    return ScoringModel.builder(Customer.class)
        .id("benchmark-attractiveness", "1")
        .criterion("revenue", Customer::revenue, Scale.logarithmic(10_000, 10_000_000), WEIGHTS[0])
        .criterion("revenue-share", Customer::revenueShare, Scale.linear(0.0, 0.30), WEIGHTS[1])
        .criterion("contribution-margin", Customer::margin, Scale.linear(0.0, 0.40), WEIGHTS[2])
        .criterion("growth-potential", Customer::growthRating,
            Scale.points(1, 0.0).then(3, 0.5).then(5, 1.0), WEIGHTS[3])
        .criterion("contract-years", Customer::contractYears,
            Scale.steps(0.0).atLeast(2, 0.5).atLeast(5, 1.0), WEIGHTS[4])
        .criterion("strategic-relevance", Customer::relevance, Scale.levels(Relevance.class),
            WEIGHTS[5])
        .criterion("joint-projects", Customer::jointProjects, Scale.yesNo(), WEIGHTS[6])
        .criterion("discount-demanded", Customer::discount, Scale.linear(0.25, 0.0), WEIGHTS[7])
        .knockOutBelow("minimum-revenue", Customer::revenue, HandWritten.MINIMUM_REVENUE)
        .knockOutAbove("maximum-discount", Customer::discount, HandWritten.MAXIMUM_DISCOUNT)
        .tiers(Tiers.from("A", HandWritten.TIER_A).then("B", HandWritten.TIER_B).otherwise("C"))
        .build();
  }

  /**
   * Four more models whose criteria read the customer's fields in rotated order, through
   * rotated scales (linear, logarithmic, points, steps; the enum and boolean fields through
   * ordinal scales), so that scoring with them gives every shared call site of the scoring
   * code several lambdas and scales to see: the worst case for the JIT's type profiles, as in
   * a service with many policies.
   *
   * @return the models
   */
  public static List<ScoringModel<Customer>> otherModels() {
    List<ToDoubleFunction<Customer>> fields = List.of(Customer::revenue, Customer::revenueShare,
        Customer::margin, Customer::growthRating, Customer::contractYears, Customer::discount);
    List<Scale> scales = List.of(Scale.linear(0, 1_000_000), Scale.logarithmic(0.01, 10_000_000),
        Scale.points(0, 0.0).then(1, 0.5).then(10_000_000, 1.0),
        Scale.steps(0.0).atLeast(0.1, 0.5).atLeast(3, 1.0));
    List<ScoringModel<Customer>> models = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      ScoringModel.Builder<Customer> builder = ScoringModel.builder(Customer.class)
          .id("benchmark-other-" + k, "1");
      Function<Customer, Boolean> flag =
          k % 2 == 0 ? Customer::preferredSupplier : Customer::jointProjects;
      LevelScale<Relevance> relevance = k % 2 == 0
          ? Scale.levels(Relevance.class) : Scale.levels(Relevance.class).reversed();
      for (int j = 0; j < 8; j++) {
        int field = (j + k) % (fields.size() + 2);
        String name = "field-" + j;
        if (field == fields.size()) {
          builder.criterion(name, Customer::relevance, relevance, 1 + j);
        } else if (field == fields.size() + 1) {
          builder.criterion(name, flag, Scale.yesNo(), 1 + j);
        } else {
          builder.criterion(name, fields.get(field), scales.get((j + 2 * k) % scales.size()),
              1 + j);
        }
      }
      models.add(builder.build());
    }
    return List.copyOf(models);
  }

  /**
   * The supplier's position with the customer: the columns of the matrix.
   *
   * @return the model
   */
  public static ScoringModel<Customer> position() {
    return ScoringModel.builder(Customer.class)
        .id("benchmark-position", "1")
        .criterion("share-of-wallet", Customer::shareOfWallet, Scale.linear(0.0, 0.50),
            POSITION_WEIGHTS[0])
        .criterion("relationship-years", Customer::relationshipYears,
            Scale.steps(0.0).atLeast(3, 0.5).atLeast(10, 1.0), POSITION_WEIGHTS[1])
        .criterion("preferred-supplier", Customer::preferredSupplier, Scale.yesNo(),
            POSITION_WEIGHTS[2])
        .build();
  }

  /**
   * The key-account 2×2 over attractiveness and position.
   *
   * @return the matrix
   */
  public static PortfolioMatrix<Customer> matrix() {
    return MatrixPresets.keyAccount(attractiveness(), position());
  }

  /**
   * Draws customers; the same count and seed give the same customers on every JVM.
   *
   * @param count how many
   * @param seed the seed
   * @return the customers
   */
  public static Customer[] customers(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Relevance[] relevances = Relevance.values();
    Customer[] customers = new Customer[count];
    double logLow = StrictMath.log(5_000);
    double logHigh = StrictMath.log(20_000_000);
    for (int i = 0; i < count; i++) {
      customers[i] = new Customer(
          StrictMath.exp(random.nextDouble(logLow, logHigh)),
          random.nextDouble(0.0, 0.35),
          random.nextDouble(-0.05, 0.45),
          1.0 + random.nextInt(41) / 10.0,
          random.nextInt(11),
          relevances[random.nextInt(relevances.length)],
          random.nextBoolean(),
          random.nextDouble(0.0, 0.35),
          random.nextDouble(0.0, 0.80),
          random.nextInt(16),
          random.nextBoolean());
    }
    return customers;
  }
}
