/**
 * kamscore core: scoring models, portfolio matrices and portfolio analytics for key-account
 * selection.
 *
 * <p>The entry points are {@link org.kamscore.ScoringModel#builder(Class)},
 * {@link org.kamscore.matrix.PortfolioMatrix#builder(Class)}, the analyses of
 * {@link org.kamscore.portfolio} and the decision support of {@link org.kamscore.decision}.
 */
module org.kamscore {
  requires org.slf4j;

  exports org.kamscore;
  exports org.kamscore.decision;
  exports org.kamscore.matrix;
  exports org.kamscore.portfolio;
}
