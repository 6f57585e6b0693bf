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
 * CompiledCriterion}, small enough for the JIT to inline into every slot. Each slot picks the
 * criterion's method for its kind (numeric or ordinal) by a constant test here, in the hidden
 * class's own code, so that no method shared by every model branches on the kind (see {@link
 * CompiledCriterion}). The slots are
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
  double score(Object customer, int index) {
    double sum = 0.0;
    try {
      if (SIZE > 0) {
        sum += C0.levels() == null
            ? C0.pointsOrNaN(customer, index)
            : C0.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 1) {
        sum += C1.levels() == null
            ? C1.pointsOrNaN(customer, index)
            : C1.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 2) {
        sum += C2.levels() == null
            ? C2.pointsOrNaN(customer, index)
            : C2.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 3) {
        sum += C3.levels() == null
            ? C3.pointsOrNaN(customer, index)
            : C3.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 4) {
        sum += C4.levels() == null
            ? C4.pointsOrNaN(customer, index)
            : C4.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 5) {
        sum += C5.levels() == null
            ? C5.pointsOrNaN(customer, index)
            : C5.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 6) {
        sum += C6.levels() == null
            ? C6.pointsOrNaN(customer, index)
            : C6.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 7) {
        sum += C7.levels() == null
            ? C7.pointsOrNaN(customer, index)
            : C7.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 8) {
        sum += C8.levels() == null
            ? C8.pointsOrNaN(customer, index)
            : C8.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 9) {
        sum += C9.levels() == null
            ? C9.pointsOrNaN(customer, index)
            : C9.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 10) {
        sum += C10.levels() == null
            ? C10.pointsOrNaN(customer, index)
            : C10.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 11) {
        sum += C11.levels() == null
            ? C11.pointsOrNaN(customer, index)
            : C11.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 12) {
        sum += C12.levels() == null
            ? C12.pointsOrNaN(customer, index)
            : C12.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 13) {
        sum += C13.levels() == null
            ? C13.pointsOrNaN(customer, index)
            : C13.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 14) {
        sum += C14.levels() == null
            ? C14.pointsOrNaN(customer, index)
            : C14.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 15) {
        sum += C15.levels() == null
            ? C15.pointsOrNaN(customer, index)
            : C15.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 16) {
        sum += C16.levels() == null
            ? C16.pointsOrNaN(customer, index)
            : C16.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 17) {
        sum += C17.levels() == null
            ? C17.pointsOrNaN(customer, index)
            : C17.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 18) {
        sum += C18.levels() == null
            ? C18.pointsOrNaN(customer, index)
            : C18.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 19) {
        sum += C19.levels() == null
            ? C19.pointsOrNaN(customer, index)
            : C19.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 20) {
        sum += C20.levels() == null
            ? C20.pointsOrNaN(customer, index)
            : C20.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 21) {
        sum += C21.levels() == null
            ? C21.pointsOrNaN(customer, index)
            : C21.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 22) {
        sum += C22.levels() == null
            ? C22.pointsOrNaN(customer, index)
            : C22.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 23) {
        sum += C23.levels() == null
            ? C23.pointsOrNaN(customer, index)
            : C23.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 24) {
        sum += C24.levels() == null
            ? C24.pointsOrNaN(customer, index)
            : C24.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 25) {
        sum += C25.levels() == null
            ? C25.pointsOrNaN(customer, index)
            : C25.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 26) {
        sum += C26.levels() == null
            ? C26.pointsOrNaN(customer, index)
            : C26.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 27) {
        sum += C27.levels() == null
            ? C27.pointsOrNaN(customer, index)
            : C27.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 28) {
        sum += C28.levels() == null
            ? C28.pointsOrNaN(customer, index)
            : C28.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 29) {
        sum += C29.levels() == null
            ? C29.pointsOrNaN(customer, index)
            : C29.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 30) {
        sum += C30.levels() == null
            ? C30.pointsOrNaN(customer, index)
            : C30.levelPointsOrNaN(customer, index);
      }
      if (SIZE > 31) {
        sum += C31.levels() == null
            ? C31.pointsOrNaN(customer, index)
            : C31.levelPointsOrNaN(customer, index);
      }
    } catch (ScoringException e) {
      return failedAfter(sum, e, customer, index, null);
    }
    return sum == sum ? Scorecard.clamp(sum) : checked(customer, index, null);
  }

  @Override
  double score(Object customer, int index, double[] raws) {
    double sum = 0.0;
    try {
      if (SIZE > 0) {
        sum += C0.levels() == null
            ? C0.pointsOrNaN(customer, index, raws)
            : C0.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 1) {
        sum += C1.levels() == null
            ? C1.pointsOrNaN(customer, index, raws)
            : C1.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 2) {
        sum += C2.levels() == null
            ? C2.pointsOrNaN(customer, index, raws)
            : C2.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 3) {
        sum += C3.levels() == null
            ? C3.pointsOrNaN(customer, index, raws)
            : C3.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 4) {
        sum += C4.levels() == null
            ? C4.pointsOrNaN(customer, index, raws)
            : C4.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 5) {
        sum += C5.levels() == null
            ? C5.pointsOrNaN(customer, index, raws)
            : C5.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 6) {
        sum += C6.levels() == null
            ? C6.pointsOrNaN(customer, index, raws)
            : C6.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 7) {
        sum += C7.levels() == null
            ? C7.pointsOrNaN(customer, index, raws)
            : C7.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 8) {
        sum += C8.levels() == null
            ? C8.pointsOrNaN(customer, index, raws)
            : C8.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 9) {
        sum += C9.levels() == null
            ? C9.pointsOrNaN(customer, index, raws)
            : C9.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 10) {
        sum += C10.levels() == null
            ? C10.pointsOrNaN(customer, index, raws)
            : C10.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 11) {
        sum += C11.levels() == null
            ? C11.pointsOrNaN(customer, index, raws)
            : C11.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 12) {
        sum += C12.levels() == null
            ? C12.pointsOrNaN(customer, index, raws)
            : C12.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 13) {
        sum += C13.levels() == null
            ? C13.pointsOrNaN(customer, index, raws)
            : C13.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 14) {
        sum += C14.levels() == null
            ? C14.pointsOrNaN(customer, index, raws)
            : C14.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 15) {
        sum += C15.levels() == null
            ? C15.pointsOrNaN(customer, index, raws)
            : C15.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 16) {
        sum += C16.levels() == null
            ? C16.pointsOrNaN(customer, index, raws)
            : C16.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 17) {
        sum += C17.levels() == null
            ? C17.pointsOrNaN(customer, index, raws)
            : C17.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 18) {
        sum += C18.levels() == null
            ? C18.pointsOrNaN(customer, index, raws)
            : C18.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 19) {
        sum += C19.levels() == null
            ? C19.pointsOrNaN(customer, index, raws)
            : C19.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 20) {
        sum += C20.levels() == null
            ? C20.pointsOrNaN(customer, index, raws)
            : C20.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 21) {
        sum += C21.levels() == null
            ? C21.pointsOrNaN(customer, index, raws)
            : C21.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 22) {
        sum += C22.levels() == null
            ? C22.pointsOrNaN(customer, index, raws)
            : C22.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 23) {
        sum += C23.levels() == null
            ? C23.pointsOrNaN(customer, index, raws)
            : C23.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 24) {
        sum += C24.levels() == null
            ? C24.pointsOrNaN(customer, index, raws)
            : C24.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 25) {
        sum += C25.levels() == null
            ? C25.pointsOrNaN(customer, index, raws)
            : C25.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 26) {
        sum += C26.levels() == null
            ? C26.pointsOrNaN(customer, index, raws)
            : C26.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 27) {
        sum += C27.levels() == null
            ? C27.pointsOrNaN(customer, index, raws)
            : C27.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 28) {
        sum += C28.levels() == null
            ? C28.pointsOrNaN(customer, index, raws)
            : C28.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 29) {
        sum += C29.levels() == null
            ? C29.pointsOrNaN(customer, index, raws)
            : C29.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 30) {
        sum += C30.levels() == null
            ? C30.pointsOrNaN(customer, index, raws)
            : C30.levelPointsOrNaN(customer, index, raws);
      }
      if (SIZE > 31) {
        sum += C31.levels() == null
            ? C31.pointsOrNaN(customer, index, raws)
            : C31.levelPointsOrNaN(customer, index, raws);
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
