package org.kamscore;

import java.util.List;

/**
 * A generated model as data, from which {@link #build()} makes the {@link ScoringModel}: the
 * criteria (criterion {@code i} reads column {@code i} of an {@link GeneratedAccount}), the tiers and the
 * knock-outs.
 */
record ModelSpec(List<CriterionSpec> criteria, Tiers tiers, List<KnockOutSpec> knockOuts) {

  ModelSpec {
    criteria = List.copyOf(criteria);
    knockOuts = List.copyOf(knockOuts);
  }

  /**
   * A knock-out bound to a criterion's column, monotone in the criterion's direction: at least
   * {@code bound} for higher-is-better, at most {@code bound} for lower-is-better.
   */
  record KnockOutSpec(String name, int column, Direction better, double bound, String cap) {

    boolean passes(double value) {
      return better.isAtLeastAsGood(value, bound);
    }

    void declare(ScoringModel.Builder<GeneratedAccount> builder) {
      if (better == Direction.HIGHER_IS_BETTER) {
        builder.knockOutBelow(name, a -> a.value(column), bound);
      } else {
        builder.knockOutAbove(name, a -> a.value(column), bound);
      }
      if (cap != null) {
        builder.cappedAt(cap);
      }
    }

    @Override
    public String toString() {
      return name + ": c" + column + (better == Direction.HIGHER_IS_BETTER ? " >= " : " <= ")
          + bound + ", cap " + (cap == null ? "lowest" : cap);
    }
  }

  int size() {
    return criteria.size();
  }

  CriterionSpec criterion(int column) {
    return criteria.get(column);
  }

  boolean isKnockOutColumn(int column) {
    return knockOuts.stream().anyMatch(k -> k.column() == column);
  }

  ScoringModel<GeneratedAccount> build() {
    return build(1.0);
  }

  /** Builds the model with every weight multiplied by {@code weightFactor}. */
  ScoringModel<GeneratedAccount> build(double weightFactor) {
    ScoringModel.Builder<GeneratedAccount> builder =
        ScoringModel.builder(GeneratedAccount.class).id("generated", "1");
    for (int i = 0; i < criteria.size(); i++) {
      criteria.get(i).declare(builder, i, weightFactor);
    }
    for (KnockOutSpec knockOut : knockOuts) {
      knockOut.declare(builder);
    }
    return builder.tiers(tiers).build();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ModelSpec[\n");
    for (CriterionSpec c : criteria) {
      s.append("  ").append(c).append('\n');
    }
    for (KnockOutSpec k : knockOuts) {
      s.append("  knock-out ").append(k).append('\n');
    }
    return s.append("  tiers ").append(tiers).append("]").toString();
  }
}
