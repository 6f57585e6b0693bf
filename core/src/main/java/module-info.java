/**
 * kamscore core: scoring models, portfolio matrices, portfolio charts and portfolio analytics
 * for key-account selection.
 *
 * <p>The entry points are {@link org.kamscore.ScoringModel#builder(Class)},
 * {@link org.kamscore.matrix.PortfolioMatrix#builder(Class)},
 * {@link org.kamscore.chart.PortfolioChart#of(org.kamscore.matrix.Classification,
 * java.util.function.ToDoubleFunction)}, the analyses of {@link org.kamscore.portfolio}, the
 * decision support of {@link org.kamscore.decision} and the review cycles of
 * {@link org.kamscore.review}.
 */
module org.kamscore {
  requires org.slf4j;

  exports org.kamscore;
  exports org.kamscore.chart;
  exports org.kamscore.decision;
  exports org.kamscore.matrix;
  exports org.kamscore.portfolio;
  exports org.kamscore.review;
}
