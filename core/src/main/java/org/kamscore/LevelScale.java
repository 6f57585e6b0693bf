package org.kamscore;

import static org.kamscore.Checks.requireArgument;
import static org.kamscore.Scale.requireUtility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An ordinal scale: a declared list of levels, each with a utility, such as an enum
 * {@code LOW, MEDIUM, HIGH} or yes/no. Made by {@link Scale#levels(Class)},
 * {@link Scale#levels(List)}, {@link Scale#level(Object, double)} and {@link Scale#yesNo()}.
 *
 * <pre>{@code
 * Scale.levels(Relevance.class)                       // LOW 0, MEDIUM 0.5, HIGH 1
 * Scale.level("none", 0.0).then("regional", 0.4).then("lighthouse", 1.0)
 * Scale.levels(Risk.class).reversed()                 // the first level is the best
 * }</pre>
 *
 * <p>Levels are distinct and non-null; their utilities, in declaration order, must be
 * monotone. A value that is not one of the levels, or {@code null}, is a missing value and is
 * handled by the criterion's {@link MissingValue} policy. Instances are immutable.
 *
 * <p>As a {@link CriterionScale}, an ordinal scale's raw value is a level's position: 0 for
 * the first level, as {@link Contribution#value()} reports it. So {@link #valueFor(double)}
 * answers a position, while {@link #utility(Object)} and {@link #levelFor(double)} speak
 * levels.
 *
 * @param <E> the type of the levels
 * @since 0.1.0
 */
public final class LevelScale<E> implements CriterionScale {
  private final List<E> levels;
  private final double[] utilities;
  private final Direction direction;
  /** How a level is found: the formula of this scale, see {@link Lookup}. */
  private final Lookup lookup;

  private LevelScale(List<E> levels, double[] utilities, Direction direction) {
    this.levels = Collections.unmodifiableList(levels);
    this.utilities = utilities;
    this.direction = direction;
    Map<Object, Integer> index = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      index.put(levels.get(i), i);
    }
    Class<?> enumType = enumTypeOf(levels);
    int[] byOrdinal = enumType == null ? null : new int[enumType.getEnumConstants().length];
    if (byOrdinal != null) {
      Arrays.fill(byOrdinal, -1);
      for (int i = 0; i < levels.size(); i++) {
        byOrdinal[((Enum<?>) levels.get(i)).ordinal()] = i;
      }
    }
    int falseIndex = index.getOrDefault(Boolean.FALSE, -1);
    int trueIndex = index.getOrDefault(Boolean.TRUE, -1);
    this.lookup = new Lookup(enumType, byOrdinal, utilitiesOf(byOrdinal, utilities), falseIndex,
        trueIndex, utilityAt(utilities, falseIndex), utilityAt(utilities, trueIndex), index,
        utilities);
  }

  /** The utility per ordinal, copied from the level's, NaN where no level; null if none. */
  private static double[] utilitiesOf(int[] byOrdinal, double[] utilities) {
    if (byOrdinal == null) {
      return null;
    }
    double[] byOrdinalUtility = new double[byOrdinal.length];
    for (int o = 0; o < byOrdinal.length; o++) {
      byOrdinalUtility[o] = utilityAt(utilities, byOrdinal[o]);
    }
    return byOrdinalUtility;
  }

  private static double utilityAt(double[] utilities, int index) {
    return index < 0 ? Double.NaN : utilities[index];
  }

  /** The class of the levels if they are all constants, without bodies, of one enum. */
  private static Class<?> enumTypeOf(List<?> levels) {
    Class<?> type = levels.get(0).getClass();
    if (!type.isEnum()) {
      return null;
    }
    for (Object level : levels) {
      if (level.getClass() != type) {
        return null;
      }
    }
    return type;
  }

  static <E> LevelScale<E> evenlySpaced(List<? extends E> worstToBest) {
    int n = worstToBest.size();
    requireArgument(n >= 2, "an ordinal scale must have at least 2 levels but had: %d", n);
    LevelScale<E> scale = first(worstToBest.get(0), 0.0);
    for (int i = 1; i < n; i++) {
      scale = scale.then(worstToBest.get(i), (double) i / (n - 1));
    }
    return scale;
  }

  static <E> LevelScale<E> first(E level, double utility) {
    Objects.requireNonNull(level, "level 1");
    utility = requireUtility(utility, "utility of level 1");
    List<E> levels = new ArrayList<>();
    levels.add(level);
    return new LevelScale<>(levels, new double[] {utility}, null);
  }

  /**
   * Returns a scale with one more level after the existing ones.
   *
   * @param level the next level, not yet declared
   * @param utility its utility, in {@code [0, 1]}, keeping the utilities monotone
   * @return a new scale; this one is unchanged
   * @throws IllegalArgumentException if the level is already declared, {@code utility} is not
   *     in {@code [0, 1]}, or it breaks the monotone order of the utilities
   */
  public LevelScale<E> then(E level, double utility) {
    int n = levels.size();
    int number = n + 1;
    Checks.requireNonNull(level, "level %d", number);
    utility = requireUtility(utility, "utility of level %d", number);
    requireArgument(lookup.indexOf(level) < 0,
        "level %d of ordinal scale must differ from the levels before it but was: %s",
        number, level);
    Direction next = StepScale.checkMonotone(direction, utilities[n - 1], utility, "level", number);
    List<E> more = new ArrayList<>(levels);
    more.add(level);
    double[] u = Arrays.copyOf(utilities, number);
    u[n] = utility;
    return new LevelScale<>(more, u, next);
  }

  /**
   * Returns the same levels with their utilities reversed, so that the first level is the
   * best.
   *
   * @return the reversed scale
   */
  public LevelScale<E> reversed() {
    int n = utilities.length;
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = utilities[n - 1 - i];
    }
    Direction flipped = direction == null ? null
        : direction == Direction.HIGHER_IS_BETTER
            ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    return new LevelScale<>(new ArrayList<>(levels), u, flipped);
  }

  /**
   * Returns the declared levels in declaration order.
   *
   * @return an unmodifiable list of the levels
   */
  public List<E> levels() {
    return levels;
  }

  /**
   * Returns the levels' utilities, in the order of {@link #levels()}.
   *
   * @return an unmodifiable list of the utilities
   */
  public List<Double> utilities() {
    return Scale.listOf(utilities);
  }

  @Override
  public ScaleKind kind() {
    return ScaleKind.LEVELS;
  }

  /**
   * Returns the utility of a level.
   *
   * @param level a level
   * @return the utility in {@code [0, 1]}, or {@code NaN} if {@code level} is {@code null} or
   *     not declared
   */
  public double utility(Object level) {
    return lookup.utilityOf(level);
  }

  /**
   * Returns the position of the worst level that reaches a utility, the level that
   * {@link #levelFor(double)} names: positions are the only raw values an ordinal criterion
   * has, so the answer is a position even where every level reaches {@code utility}.
   *
   * @param utility the utility to reach, in {@code [0, 1]}
   * @return the level's position, or empty if no level reaches {@code utility}
   * @throws IllegalArgumentException if {@code utility} is not in {@code [0, 1]}
   */
  @Override
  public OptionalDouble valueFor(double utility) {
    int i = positionFor(utility);
    return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(i);
  }

  /**
   * Returns the direction of this scale over the declaration order of its levels: higher is
   * better if later levels are never worse.
   *
   * @return the direction
   */
  @Override
  public Direction direction() {
    return direction == null ? Direction.HIGHER_IS_BETTER : direction;
  }

  /**
   * Returns the worst level that reaches a utility: the first such level in declaration order
   * on a higher-is-better scale, the last on a lower-is-better one.
   *
   * @param utility the utility to reach, in {@code [0, 1]}
   * @return the level, or empty if no level reaches {@code utility}
   * @throws IllegalArgumentException if {@code utility} is not in {@code [0, 1]}
   */
  public Optional<E> levelFor(double utility) {
    int i = positionFor(utility);
    return i < 0 ? Optional.empty() : Optional.of(levels.get(i));
  }

  private int positionFor(double utility) {
    requireUtility(utility, "utility to reach");
    int n = levels.size();
    boolean higher = direction() == Direction.HIGHER_IS_BETTER;
    for (int k = 0; k < n; k++) {
      int i = higher ? k : n - 1 - k;
      if (utilities[i] >= utility) {
        return i;
      }
    }
    return -1;
  }

  /** Checks that the scale has at least two levels, naming the criterion if not. */
  void checkUsableFor(String criterion) {
    requireArgument(levels.size() >= 2,
        "ordinal scale of criterion '%s' must have at least 2 levels but had: %d",
        criterion, levels.size());
  }

  /** A level's index as the raw value of an ordinal criterion, or NaN if it is no level. */
  double index(Object level) {
    int i = indexOf(level);
    return i < 0 ? Double.NaN : i;
  }

  /** The utility of the level at {@code index}, a valid index. */
  double utilityAt(int index) {
    return lookup.utilityAt(index);
  }

  int indexOf(Object level) {
    return lookup.indexOf(level);
  }

  /** The lookup of this scale's levels, for a compiled scoring loop. */
  Lookup lookup() {
    return lookup;
  }

  /**
   * Finds a level's position and utility, with the fast paths for the common level types in the
   * components of a record: where the record is a constant, as in a criterion of a compiled
   * scoring loop, so are they (see {@link ScaleFormula}).
   *
   * @param enumType the enum class of every level, or null if the levels are not constants of
   *     one enum
   * @param byOrdinal level position by ordinal of {@code enumType}, -1 for undeclared
   *     constants; else null
   * @param utilityByOrdinal the utility of each level by ordinal of {@code enumType}, NaN for
   *     undeclared constants; else null
   * @param falseIndex the position of {@code false}, or -1
   * @param trueIndex the position of {@code true}, or -1
   * @param utilityIfFalse the utility of {@code false}, or NaN
   * @param utilityIfTrue the utility of {@code true}, or NaN
   * @param indexes every level's position, for other level types
   * @param utilities the utility of each level, by position
   */
  record Lookup(Class<?> enumType, int[] byOrdinal, double[] utilityByOrdinal, int falseIndex,
      int trueIndex, double utilityIfFalse, double utilityIfTrue, Map<Object, Integer> indexes,
      double[] utilities) {

    /**
     * The level's utility, the same value as {@code utilityAt(indexOf(level))}, or NaN if it
     * is null or not declared: for the common level types one table read, no position.
     */
    double utilityOf(Object level) {
      if (level != null && level.getClass() == enumType) {
        return utilityByOrdinal[((Enum<?>) level).ordinal()];
      }
      if (level instanceof Boolean) {
        return (Boolean) level ? utilityIfTrue : utilityIfFalse;
      }
      return LevelScale.utilityAt(utilities, indexOf(level));
    }

    /** The level's position, or -1 if it is null or not declared. */
    int indexOf(Object level) {
      if (level == null) {
        return -1;
      }
      if (level.getClass() == enumType) {
        return byOrdinal[((Enum<?>) level).ordinal()];
      }
      return level instanceof Boolean ? ((Boolean) level ? trueIndex : falseIndex) : lookUp(level);
    }

    private int lookUp(Object level) {
      Integer i = indexes.get(level);
      return i == null ? -1 : i;
    }

    /** The utility of the level at {@code index}, a valid index. */
    double utilityAt(int index) {
      return utilities[index];
    }
  }

  /** The name of the level at a valid position, for explanations. */
  String levelName(int position) {
    return String.valueOf(levels.get(position));
  }

  /**
   * A canonical description: per level its type, its name and its utility, so that levels
   * which print alike but differ in type, such as {@code 1} and {@code "1"}, differ here too.
   */
  String canonical() {
    StringBuilder s = new StringBuilder("levels(");
    for (int i = 0; i < levels.size(); i++) {
      String type = typeOf(levels.get(i));
      String name = String.valueOf(levels.get(i));
      s.append(i == 0 ? "" : ",").append(type.length()).append(':').append(type)
          .append(':').append(name.length()).append(':').append(name)
          .append(':').append(Scale.hex(utilities[i]));
    }
    return s.append(')').toString();
  }

  /** The type a level is told apart by: its enum for a constant with a body, else its class. */
  static String typeOf(Object level) {
    return level instanceof Enum
        ? ((Enum<?>) level).getDeclaringClass().getName()
        : level.getClass().getName();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LevelScale && ((LevelScale<?>) o).canonical().equals(canonical());
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }

  /**
   * Returns a readable description, such as {@code levels(LOW -> 0.0, HIGH -> 1.0)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("levels(");
    for (int i = 0; i < levels.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(levels.get(i)).append(" -> ").append(utilities[i]);
    }
    return s.append(')').toString();
  }
}
