package org.kamscore;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * The template of every compiled scoring loop. {@link ScoringLoops} reads this class file's
 * bytes and defines from them one hidden class per model, with the model's criteria as its
 * class data; kamscore never loads it as itself (a tool that does gets a loop of no criteria).
 * Each hidden class has its own static final fields, which the JIT takes as constants, and its
 * own copy of the loops below, whose call sites profile one model alone: so each criterion's
 * extractor and scale formula calls bind to that model's lambda and formula and are inlined
 * (see {@link CompiledCriterion}).
 *
 * <p>Each loop is unrolled into {@value #SLOTS} slots, one per criterion position; the JIT
 * drops the slots past {@link #SIZE}, a constant. A model with more criteria than slots is
 * not compiled. A loop is nothing but its slots: everything else is in {@link
 * CompiledCriterion}, small enough for the JIT to inline into every slot. The slots are
 * written out, not generated: this class must compile to a plain class file.
 *
 * <p>The two {@code score} loops are fast: they do not test each criterion for a missing value
 * but let it score {@code NaN}, so that one test of the sum finds it. A customer whose sum is
 * {@code NaN} is scored again by the {@link #checked checked} loop, which tests every criterion
 * as the interpreted loop does, and so is one whose reading fails after a missing value (a
 * missing value under the reject policy fails first). Such a customer is read twice.
 */
final class ScoringLoopTemplate extends ScoringLoop<Object> {
  /** Criteria a compiled loop can hold: as many as each loop has slots. */
  static final int SLOTS = 32;

  /** This model's criteria, in declaration order: the hidden class's class data. */
  private static final List<?> CRITERIA = criteria();
  /** How many criteria the model has; the slots from here on are empty. */
  private static final int SIZE = CRITERIA.size();
  private static final CompiledCriterion<Object>
      C0 = at(0), C1 = at(1), C2 = at(2), C3 = at(3),
      C4 = at(4), C5 = at(5), C6 = at(6), C7 = at(7),
      C8 = at(8), C9 = at(9), C10 = at(10), C11 = at(11),
      C12 = at(12), C13 = at(13), C14 = at(14), C15 = at(15),
      C16 = at(16), C17 = at(17), C18 = at(18), C19 = at(19),
      C20 = at(20), C21 = at(21), C22 = at(22), C23 = at(23),
      C24 = at(24), C25 = at(25), C26 = at(26), C27 = at(27),
      C28 = at(28), C29 = at(29), C30 = at(30), C31 = at(31);

  @Override
  double score(Object customer) {
    double sum = 0.0;
    try {
      if (SIZE > 0) {
        sum += C0.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 1) {
        sum += C1.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 2) {
        sum += C2.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 3) {
        sum += C3.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 4) {
        sum += C4.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 5) {
        sum += C5.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 6) {
        sum += C6.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 7) {
        sum += C7.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 8) {
        sum += C8.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 9) {
        sum += C9.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 10) {
        sum += C10.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 11) {
        sum += C11.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 12) {
        sum += C12.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 13) {
        sum += C13.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 14) {
        sum += C14.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 15) {
        sum += C15.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 16) {
        sum += C16.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 17) {
        sum += C17.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 18) {
        sum += C18.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 19) {
        sum += C19.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 20) {
        sum += C20.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 21) {
        sum += C21.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 22) {
        sum += C22.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 23) {
        sum += C23.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 24) {
        sum += C24.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 25) {
        sum += C25.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 26) {
        sum += C26.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 27) {
        sum += C27.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 28) {
        sum += C28.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 29) {
        sum += C29.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 30) {
        sum += C30.pointsOrNaN(customer, -1, null);
      }
      if (SIZE > 31) {
        sum += C31.pointsOrNaN(customer, -1, null);
      }
    } catch (ScoringException e) {
      return failedAfter(sum, e, customer, -1, null);
    }
    return sum == sum ? Scorecard.clamp(sum) : checked(customer, -1, null);
  }

  @Override
  double score(Object customer, int index, double[] raws) {
    double sum = 0.0;
    try {
      if (SIZE > 0) {
        sum += C0.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 1) {
        sum += C1.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 2) {
        sum += C2.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 3) {
        sum += C3.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 4) {
        sum += C4.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 5) {
        sum += C5.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 6) {
        sum += C6.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 7) {
        sum += C7.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 8) {
        sum += C8.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 9) {
        sum += C9.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 10) {
        sum += C10.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 11) {
        sum += C11.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 12) {
        sum += C12.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 13) {
        sum += C13.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 14) {
        sum += C14.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 15) {
        sum += C15.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 16) {
        sum += C16.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 17) {
        sum += C17.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 18) {
        sum += C18.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 19) {
        sum += C19.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 20) {
        sum += C20.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 21) {
        sum += C21.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 22) {
        sum += C22.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 23) {
        sum += C23.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 24) {
        sum += C24.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 25) {
        sum += C25.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 26) {
        sum += C26.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 27) {
        sum += C27.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 28) {
        sum += C28.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 29) {
        sum += C29.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 30) {
        sum += C30.pointsOrNaN(customer, index, raws);
      }
      if (SIZE > 31) {
        sum += C31.pointsOrNaN(customer, index, raws);
      }
    } catch (ScoringException e) {
      return failedAfter(sum, e, customer, index, raws);
    }
    return sum == sum ? Scorecard.clamp(sum) : checked(customer, index, raws);
  }

  /**
   * A criterion failed in a fast loop after the points so far: if none was missing before it,
   * this is the failure the checked loop would meet first; else the checked loop finds which.
   */
  private double failedAfter(
      double sum, ScoringException e, Object customer, int index, double[] raws) {
    if (sum == sum) {
      throw e;
    }
    return checked(customer, index, raws);
  }

  /**
   * The loop of a customer who misses a value: each criterion tested for it, as the
   * interpreted loop does.
   */
  private double checked(Object customer, int index, double[] raws) {
    double sum = 0.0;
    if (SIZE > 0) {
      sum += C0.points(customer, index, raws);
    }
    if (SIZE > 1) {
      sum += C1.points(customer, index, raws);
    }
    if (SIZE > 2) {
      sum += C2.points(customer, index, raws);
    }
    if (SIZE > 3) {
      sum += C3.points(customer, index, raws);
    }
    if (SIZE > 4) {
      sum += C4.points(customer, index, raws);
    }
    if (SIZE > 5) {
      sum += C5.points(customer, index, raws);
    }
    if (SIZE > 6) {
      sum += C6.points(customer, index, raws);
    }
    if (SIZE > 7) {
      sum += C7.points(customer, index, raws);
    }
    if (SIZE > 8) {
      sum += C8.points(customer, index, raws);
    }
    if (SIZE > 9) {
      sum += C9.points(customer, index, raws);
    }
    if (SIZE > 10) {
      sum += C10.points(customer, index, raws);
    }
    if (SIZE > 11) {
      sum += C11.points(customer, index, raws);
    }
    if (SIZE > 12) {
      sum += C12.points(customer, index, raws);
    }
    if (SIZE > 13) {
      sum += C13.points(customer, index, raws);
    }
    if (SIZE > 14) {
      sum += C14.points(customer, index, raws);
    }
    if (SIZE > 15) {
      sum += C15.points(customer, index, raws);
    }
    if (SIZE > 16) {
      sum += C16.points(customer, index, raws);
    }
    if (SIZE > 17) {
      sum += C17.points(customer, index, raws);
    }
    if (SIZE > 18) {
      sum += C18.points(customer, index, raws);
    }
    if (SIZE > 19) {
      sum += C19.points(customer, index, raws);
    }
    if (SIZE > 20) {
      sum += C20.points(customer, index, raws);
    }
    if (SIZE > 21) {
      sum += C21.points(customer, index, raws);
    }
    if (SIZE > 22) {
      sum += C22.points(customer, index, raws);
    }
    if (SIZE > 23) {
      sum += C23.points(customer, index, raws);
    }
    if (SIZE > 24) {
      sum += C24.points(customer, index, raws);
    }
    if (SIZE > 25) {
      sum += C25.points(customer, index, raws);
    }
    if (SIZE > 26) {
      sum += C26.points(customer, index, raws);
    }
    if (SIZE > 27) {
      sum += C27.points(customer, index, raws);
    }
    if (SIZE > 28) {
      sum += C28.points(customer, index, raws);
    }
    if (SIZE > 29) {
      sum += C29.points(customer, index, raws);
    }
    if (SIZE > 30) {
      sum += C30.points(customer, index, raws);
    }
    if (SIZE > 31) {
      sum += C31.points(customer, index, raws);
    }
    return Scorecard.clamp(sum);
  }

  private static List<?> criteria() {
    try {
      List<?> criteria = MethodHandles.classData(
          MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, List.class);
      // null where this class is initialized as itself, as a tool that loads every class may
      return criteria == null ? List.of() : criteria;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e); // cannot happen: the lookup is this class's own
    }
  }

  /** The criterion of slot {@code i}, or null for an empty slot. */
  @SuppressWarnings("unchecked")
  private static CompiledCriterion<Object> at(int i) {
    return i < CRITERIA.size() ? (CompiledCriterion<Object>) CRITERIA.get(i) : null;
  }
}
