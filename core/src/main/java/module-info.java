/**
 * kamscore core: scoring models, portfolio matrices and portfolio analytics for key-account
 * selection.
 *
 * <p>The entry points are {@link org.kamscore.ScoringModel#builder(Class)},
 * {@link org.kamscore.matrix.PortfolioMatrix#builder(Class)} and the analyses of
 * {@link org.kamscore.portfolio}.
 */
module org.kamscore {
  requires org.slf4j;

  exports org.kamscore;
  exports org.kamscore.matrix;
  exports org.kamscore.portfolio;
}
