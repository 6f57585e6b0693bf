package org.kamscore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A model's knock-outs compiled at build: each with the rank of the best tier a customer
 * failing it can get, evaluated in declaration order.
 */
final class KnockOuts<T> {
  /** Up to this many knock-outs, every list of failed names is made once, at build. */
  static final int LISTED = 6;

  private final List<KnockOutDefinition<T>> knockOuts;
  private final Tiers tiers;
  private final Failures<T> failures;
  /** Per knock-out the rank of its cap tier. */
  private final int[] capRanks;
  /**
   * For a model of at most {@link #LISTED} knock-outs, the list of failed names for every set
   * of failures, indexed by the bit mask of the knock-outs failed; else null.
   */
  private final List<List<String>> failedByMask;

  KnockOuts(List<KnockOutDefinition<T>> knockOuts, Tiers tiers, Failures<T> failures) {
    this.knockOuts = knockOuts;
    this.tiers = tiers;
    this.failures = failures;
    this.capRanks = new int[knockOuts.size()];
    for (int k = 0; k < capRanks.length; k++) {
      capRanks[k] = tiers.rankOf(capOf(knockOuts.get(k)));
    }
    this.failedByMask = knockOuts.size() <= LISTED ? everySetOfNames(knockOuts) : null;
  }

  private static <T> List<List<String>> everySetOfNames(List<KnockOutDefinition<T>> knockOuts) {
    List<List<String>> lists = new ArrayList<>(1 << knockOuts.size());
    for (int mask = 0; mask < 1 << knockOuts.size(); mask++) {
      List<String> names = new ArrayList<>(Integer.bitCount(mask));
      for (int k = 0; k < knockOuts.size(); k++) {
        if ((mask & 1 << k) != 0) {
          names.add(knockOuts.get(k).name);
        }
      }
      lists.add(List.copyOf(names));
    }
    return List.copyOf(lists);
  }

  /** The label of a knock-out's cap tier: as declared, or the lowest tier. */
  String capOf(KnockOutDefinition<T> knockOut) {
    return knockOut.cap == null ? tiers.lowest().label() : knockOut.cap;
  }

  /**
   * The names of the knock-outs a customer fails, in declaration order, as an immutable list;
   * with at most {@link #LISTED} knock-outs one made at build, so nothing is allocated.
   */
  List<String> failed(T customer, int index) {
    if (failedByMask != null) {
      int mask = 0;
      for (int k = 0; k < capRanks.length; k++) {
        if (!passes(knockOuts.get(k), customer, index)) {
          mask |= 1 << k;
        }
      }
      return failedByMask.get(mask);
    }
    List<String> names = List.of(); // most customers fail nothing: allocated at the first
    for (int k = 0; k < capRanks.length; k++) {
      KnockOutDefinition<T> knockOut = knockOuts.get(k);
      if (!passes(knockOut, customer, index)) {
        if (names.isEmpty()) {
          names = new ArrayList<>(capRanks.length - k);
        }
        names.add(knockOut.name);
      }
    }
    return names.isEmpty() ? names : List.copyOf(names);
  }

  /** A score's tier rank lowered to the cap of every knock-out failed (declaration order). */
  int capped(int scoreRank, List<String> failed) {
    int rank = scoreRank;
    for (int k = 0, f = 0; k < capRanks.length && f < failed.size(); k++) {
      if (knockOuts.get(k).name.equals(failed.get(f))) {
        rank = Math.max(rank, capRanks[k]);
        f++;
      }
    }
    return rank;
  }

  private boolean passes(KnockOutDefinition<T> knockOut, T customer, int index) {
    try {
      if (knockOut.kind == KnockOut.Kind.PREDICATE) {
        return knockOut.passes.test(customer);
      }
      double value = knockOut.value.applyAsDouble(customer);
      if (value != value) {
        throw failures.missingKnockOutValue(knockOut.name, customer, index);
      }
      return knockOut.kind == KnockOut.Kind.AT_LEAST
          ? value >= knockOut.bound
          : value <= knockOut.bound;
    } catch (ScoringException e) {
      throw e;
    } catch (AttributeValues.WrongType e) {
      throw failures.wrongType("knock-out", knockOut.name, e, customer, index);
    } catch (Exception e) {
      throw failures.unreadable("knock-out", knockOut.name, customer, index, e);
    }
  }

  /** Checks the names of recorded failed knock-outs; returns them in declaration order. */
  List<String> recorded(Collection<String> names) {
    List<String> failed = new ArrayList<>();
    for (KnockOutDefinition<T> knockOut : knockOuts) {
      if (names.contains(knockOut.name)) {
        failed.add(knockOut.name);
      }
    }
    for (String name : names) {
      Checks.requireArgument(failed.contains(name),
          "failed knock-out must be one of %s but was: '%s'", names(), name);
    }
    Checks.requireArgument(failed.size() == names.size(),
        "failed knock-outs must not repeat but were: %s", names);
    return List.copyOf(failed);
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (KnockOutDefinition<T> knockOut : knockOuts) {
      names.add(knockOut.name);
    }
    return names;
  }

  /** The knock-outs as declared, for reading a model back. */
  List<KnockOut> describe() {
    List<KnockOut> list = new ArrayList<>(knockOuts.size());
    for (KnockOutDefinition<T> knockOut : knockOuts) {
      list.add(new KnockOut(knockOut.name, knockOut.description, knockOut.kind, knockOut.bound,
          knockOut.attribute, knockOut.condition(), capOf(knockOut)));
    }
    return List.copyOf(list);
  }

  /** One canonical line per knock-out, for the fingerprint. */
  void appendCanonical(StringBuilder canonical) {
    for (KnockOutDefinition<T> knockOut : knockOuts) {
      canonical.append(knockOut.canonical(capOf(knockOut))).append('\n');
    }
  }

  int size() {
    return knockOuts.size();
  }
}
