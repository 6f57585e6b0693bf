package org.kamscore.examples.crm;

import static java.util.Objects.requireNonNull;

/**
 * A B2B customer as a CRM export holds it: one row of the portfolio CSV.
 *
 * @param id the CRM key, such as {@code "C-0042"}
 * @param name the customer's name
 * @param industry the customer's industry
 * @param revenue annual revenue with this customer, in euros
 * @param contributionMargin contribution margin as a ratio of revenue, such as {@code 0.24}
 * @param growthRating expected growth, rated 1 (shrinking) to 5 (strong growth)
 * @param strategicRelevance the customer's reference value for winning others
 * @param marketShare the customer's share of its own market, 0..1
 * @param contractYears years of contract commitment with the supplier
 * @param cooperation the customer's willingness to cooperate (joint projects, openness)
 * @param discountDemanded the discount the customer demands, as a ratio of list price
 * @since 0.1.0
 */
public record CrmCustomer(
    String id,
    String name,
    Industry industry,
    double revenue,
    double contributionMargin,
    int growthRating,
    Relevance strategicRelevance,
    double marketShare,
    int contractYears,
    Cooperation cooperation,
    double discountDemanded) {

  /**
   * Checks that no reference is {@code null}; values are checked where they are read.
   *
   * @throws NullPointerException if a reference is {@code null}
   */
  public CrmCustomer {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(industry, "industry");
    requireNonNull(strategicRelevance, "strategicRelevance");
    requireNonNull(cooperation, "cooperation");
  }

  /**
   * Returns this customer with another revenue.
   *
   * @param revenue annual revenue with this customer, in euros
   * @return the changed copy
   */
  public CrmCustomer withRevenue(double revenue) {
    return new CrmCustomer(id, name, industry, revenue, contributionMargin, growthRating,
        strategicRelevance, marketShare, contractYears, cooperation, discountDemanded);
  }

  /**
   * Returns this customer with another contribution margin.
   *
   * @param contributionMargin contribution margin as a ratio of revenue
   * @return the changed copy
   */
  public CrmCustomer withContributionMargin(double contributionMargin) {
    return new CrmCustomer(id, name, industry, revenue, contributionMargin, growthRating,
        strategicRelevance, marketShare, contractYears, cooperation, discountDemanded);
  }

  /**
   * Returns this customer with another growth rating.
   *
   * @param growthRating expected growth, rated 1 to 5
   * @return the changed copy
   */
  public CrmCustomer withGrowthRating(int growthRating) {
    return new CrmCustomer(id, name, industry, revenue, contributionMargin, growthRating,
        strategicRelevance, marketShare, contractYears, cooperation, discountDemanded);
  }

  /**
   * Returns this customer with another strategic relevance.
   *
   * @param strategicRelevance the customer's reference value
   * @return the changed copy
   * @throws NullPointerException if {@code strategicRelevance} is {@code null}
   */
  public CrmCustomer withStrategicRelevance(Relevance strategicRelevance) {
    return new CrmCustomer(id, name, industry, revenue, contributionMargin, growthRating,
        strategicRelevance, marketShare, contractYears, cooperation, discountDemanded);
  }

  /**
   * Returns this customer with another market share.
   *
   * @param marketShare the customer's share of its own market, 0..1
   * @return the changed copy
   */
  public CrmCustomer withMarketShare(double marketShare) {
    return new CrmCustomer(id, name, industry, revenue, contributionMargin, growthRating,
        strategicRelevance, marketShare, contractYears, cooperation, discountDemanded);
  }

  /**
   * Returns this customer with another number of contract years.
   *
   * @param contractYears years of contract commitment
   * @return the changed copy
   */
  public CrmCustomer withContractYears(int contractYears) {
    return new CrmCustomer(id, name, industry, revenue, contributionMargin, growthRating,
        strategicRelevance, marketShare, contractYears, cooperation, discountDemanded);
  }

  /**
   * Returns this customer with another willingness to cooperate.
   *
   * @param cooperation the customer's willingness to cooperate
   * @return the changed copy
   * @throws NullPointerException if {@code cooperation} is {@code null}
   */
  public CrmCustomer withCooperation(Cooperation cooperation) {
    return new CrmCustomer(id, name, industry, revenue, contributionMargin, growthRating,
        strategicRelevance, marketShare, contractYears, cooperation, discountDemanded);
  }

  /**
   * Returns this customer with another discount demanded.
   *
   * @param discountDemanded the discount demanded, as a ratio of list price
   * @return the changed copy
   */
  public CrmCustomer withDiscountDemanded(double discountDemanded) {
    return new CrmCustomer(id, name, industry, revenue, contributionMargin, growthRating,
        strategicRelevance, marketShare, contractYears, cooperation, discountDemanded);
  }

  /** The industries of the example portfolio. */
  public enum Industry implements Category {
    /** Furniture chains and stores. */
    FURNITURE_RETAIL("furniture retail"),
    /** Hotels and hotel groups. */
    HOTELS("hotels"),
    /** Online shops. */
    ONLINE_RETAIL("online retail"),
    /** Office outfitters. */
    OFFICE("office"),
    /** Hospitals, care homes and clinics. */
    HEALTHCARE("healthcare"),
    /** Public authorities, schools and barracks. */
    PUBLIC_SECTOR("public sector"),
    /** Interior designers and fitters. */
    INTERIOR_DESIGN("interior design"),
    /** Wholesalers and buying groups. */
    WHOLESALE("wholesale");

    private final String label;

    Industry(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** Strategic relevance of a customer, worst first. */
  public enum Relevance implements Category {
    /** No reference value. */
    NONE("none"),
    /** A regional reference. */
    REGIONAL("regional"),
    /** A lighthouse customer that opens markets. */
    LIGHTHOUSE("lighthouse");

    private final String label;

    Relevance(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** Willingness to cooperate, worst first. */
  public enum Cooperation implements Category {
    /** Transactional: buys, but shares nothing. */
    LOW("low"),
    /** Open to talks and occasional joint work. */
    MEDIUM("medium"),
    /** Joint projects, shared forecasts, open books. */
    HIGH("high");

    private final String label;

    Cooperation(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }
}
