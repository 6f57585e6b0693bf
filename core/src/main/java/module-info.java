/**
 * kamscore core: scoring models for key-account selection.
 *
 * <p>The entry point is {@link org.kamscore.ScoringModel#builder(Class)}.
 */
module org.kamscore {
  requires org.slf4j;

  exports org.kamscore;
  exports org.kamscore.matrix;
}
