package org.kamscore.matrix;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kamscore.Evaluation;
import org.kamscore.Execution;
import org.kamscore.ScoringException;
import org.kamscore.ScoringModel;

/**
 * A portfolio matrix: two scoring models, each cut into {@link Bands}, span a grid of named
 * cells, and every customer lands in exactly one cell.
 *
 * <p>By convention the <b>rows</b> are the customer's attractiveness to the supplier and the
 * <b>columns</b> are the supplier's position with that customer (share of wallet, relationship
 * strength); the {@linkplain MatrixPresets presets} follow it. Rows and columns are otherwise
 * just two axes.
 *
 * <pre>{@code
 * PortfolioMatrix<Customer> matrix = PortfolioMatrix.builder(Customer.class)
 *     .id("key-account-matrix", "2026.1")
 *     .rows(attractiveness, Bands.cutAt(50))          // customer attractiveness
 *     .columns(supplierPosition, Bands.cutAt(50))     // supplier's position
 *     .cell("high", "high", "key account", "dedicated key-account manager")
 *     .cell("high", "low", "develop")
 *     .cell("low", "high", "maintain")
 *     .cell("low", "low", "reduce")
 *     .build();
 *
 * Placement placement = matrix.classify(customer);
 * Classification<Customer> portfolio = matrix.classifyAll(customers, Execution.PARALLEL);
 * System.out.println(portfolio.toText());
 * }</pre>
 *
 * <p><b>Knock-outs.</b> Not every big customer is a key account, in the matrix either: a
 * customer that fails a knock-out of an axis's model sits at most in that knock-out's cap band
 * on that axis, whatever its score. The cap is the lowest band unless the declaration names
 * another:
 *
 * <pre>{@code
 * .rows(attractiveness, Bands.cutAt(33, 67))           // low | medium | high
 * .knockOutCapsRowAt("maximum-discount", "medium")     // minimum-revenue still caps at low
 * }</pre>
 *
 * <p>{@link Placement#rowCappedBy()} and {@link Placement#columnCappedBy()} name the knock-outs
 * that held a customer down, and {@link Placement#rowScoreBand()} the band its score alone
 * gives; the text grid and the chart show capped customers apart.
 *
 * <p>A matrix is immutable and thread-safe as far as its models are. Classification is
 * monotone — a better raw value of a criterion never moves a customer to a lower band on that
 * criterion's axis, as long as the axis's knock-outs are monotone (value-bound knock-outs are)
 * — and deterministic, sequentially and in parallel.
 *
 * @param <T> the customer type
 * @since 0.1.0
 */
public final class PortfolioMatrix<T> {
  private final String id;
  private final String version;
  private final Axis<T> rows;
  private final Axis<T> columns;
  private final List<Cell> cells;
  private final List<CellDeclaration> declarations;
  private final Comparator<? super T> memberOrder;
  /** The caps as declared, band labels by knock-out name, for {@link #toBuilder()}. */
  private final Map<String, String> rowCaps;
  private final Map<String, String> columnCaps;

  private PortfolioMatrix(Builder<T> builder, Axis<T> rows, Axis<T> columns, List<Cell> cells) {
    this.id = builder.id;
    this.version = builder.version;
    this.rows = rows;
    this.columns = columns;
    this.cells = List.copyOf(cells);
    this.declarations = List.copyOf(builder.declarations);
    this.memberOrder = builder.memberOrder;
    this.rowCaps = builder.rowCaps.declared();
    this.columnCaps = builder.columnCaps.declared();
  }

  /**
   * Starts a matrix over a customer type.
   *
   * @param <T> the customer type
   * @param type the customer class, which fixes the builder's type
   * @return a new builder
   */
  public static <T> Builder<T> builder(Class<T> type) {
    requireNonNull(type, "type");
    return new Builder<>();
  }

  /**
   * Returns a builder holding this matrix's declarations, to derive a variant such as one
   * over the next version of a model. The matrix is unchanged.
   *
   * @return a new builder
   */
  public Builder<T> toBuilder() {
    Builder<T> builder = new Builder<>();
    builder.id = id;
    builder.version = version;
    builder.rows = rows.model();
    builder.rowBands = rows.bands();
    builder.columns = columns.model();
    builder.columnBands = columns.bands();
    builder.declarations.addAll(declarations);
    builder.memberOrder = memberOrder;
    builder.rowCaps.inherit(rowCaps);
    builder.columnCaps.inherit(columnCaps);
    return builder;
  }

  /**
   * Places one customer: evaluates it on both axes and finds its cell.
   *
   * @param customer the customer
   * @return the placement, with both evaluations
   * @throws NullPointerException if {@code customer} is {@code null}
   * @throws ScoringException if either model cannot score the customer
   */
  public Placement classify(T customer) {
    requireNonNull(customer, "customer");
    return place(rows.model().evaluate(customer), columns.model().evaluate(customer));
  }

  /**
   * Places a customer by its two evaluations: on each axis the band of the score, lowered to
   * the cap of every failed knock-out whose cap lies below it.
   */
  Placement place(Evaluation row, Evaluation column) {
    int rowScoreBand = rows.bands().indexOf(row.score());
    int columnScoreBand = columns.bands().indexOf(column.score());
    List<String> rowCappedBy = rows.cappedBy(row.failedKnockOuts(), rowScoreBand);
    List<String> columnCappedBy = columns.cappedBy(column.failedKnockOuts(), columnScoreBand);
    int r = rows.capped(rowCappedBy, rowScoreBand);
    int c = columns.capped(columnCappedBy, columnScoreBand);
    return new Placement(cells.get(r * columns.bands().size() + c), row, column,
        rows.bands().all().get(rowScoreBand), columns.bands().all().get(columnScoreBand),
        rowCappedBy, columnCappedBy);
  }

  /**
   * Places every customer of a collection on the calling thread.
   *
   * @param customers the customers
   * @return the placements in input order, with counts and members per cell
   * @throws ScoringException naming the customer's index if a customer is {@code null} or
   *     cannot be scored
   */
  public Classification<T> classifyAll(Collection<? extends T> customers) {
    return classifyAll(customers, Execution.SEQUENTIAL);
  }

  /**
   * Places every customer of a collection, sequentially or in parallel, with identical results.
   * The members of each cell are ordered by {@link Builder#memberOrder(Comparator)}, by default
   * row score descending, then column score descending, then input index.
   *
   * <p>Each customer is scored on both axes by {@link ScoringModel#score(Object)} and
   * {@link ScoringModel#failedKnockOuts(Object)}, the fast paths, and placed; the result keeps
   * its scores and cell, not its evaluations, which {@link Classification#placements()} makes
   * again when asked. In parallel, scoring, placing and sorting each cell's members are split
   * across the execution's pool.
   *
   * @param customers the customers
   * @param execution how to evaluate the batch
   * @return the placements in input order, with counts and members per cell
   * @throws ScoringException naming the customer's index if a customer is {@code null} or
   *     cannot be scored: the row model's failure with the lowest index, else the column
   *     model's
   */
  public Classification<T> classifyAll(Collection<? extends T> customers, Execution execution) {
    Object[] batch = requireNonNull(customers, "customers").toArray(); // nulls fail by index
    requireNonNull(execution, "execution");
    return new Classifier<>(this, batch, memberOrder, execution, Classifier.TUNING).classify();
  }

  /**
   * Returns the matrix's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the matrix's version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Returns the row axis: customer attractiveness, by convention.
   *
   * @return the row axis
   */
  public Axis<T> rows() {
    return rows;
  }

  /**
   * Returns the column axis: the supplier's position, by convention.
   *
   * @return the column axis
   */
  public Axis<T> columns() {
    return columns;
  }

  /**
   * Returns every cell: lowest row band first and, within a row, lowest column band first.
   *
   * @return an unmodifiable list of {@code rows × columns} cells
   */
  public List<Cell> cells() {
    return cells;
  }

  /**
   * Returns the cell where two bands meet.
   *
   * @param rowBand the label of a row band
   * @param columnBand the label of a column band
   * @return the cell
   * @throws IllegalArgumentException if either label is not a band of its axis
   */
  public Cell cell(String rowBand, String columnBand) {
    return cells.get(indexOf(rowBand, columnBand));
  }

  int indexOf(String rowBand, String columnBand) {
    return rows.bands().band(rowBand).index() * columns.bands().size()
        + columns.bands().band(columnBand).index();
  }

  /**
   * Renders the grid of cell names as fixed-width text: top row band first, lowest column band
   * on the left, as on a chart. Each axis whose model has knock-outs lists their caps under it,
   * as in {@code knock-out caps: minimum-revenue -> low}.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String toText() {
    return MatrixText.render(this, null, null);
  }

  /**
   * Returns a summary such as
   * {@code PortfolioMatrix[key-account-matrix 2026.1, 2x2, rows customer-attractiveness ...]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PortfolioMatrix[" + id + " " + version + ", " + rows.bands().size() + "x"
        + columns.bands().size() + ", rows " + rows + ", columns " + columns + "]";
  }

  /** A cell as declared, by band labels, before the bands are checked at build. */
  private record CellDeclaration(String row, String column, String name, String treatment) {}

  /**
   * Declares a {@link PortfolioMatrix}. Arguments are checked where they are given; each
   * setting is given once, except that a builder from {@link PortfolioMatrix#toBuilder()} may
   * change each setting it inherited once. {@link #build()} checks the whole and leaves the
   * builder unchanged. Builders are not thread-safe.
   *
   * @param <T> the customer type
   * @since 0.1.0
   */
  public static final class Builder<T> {
    private final List<CellDeclaration> declarations = new ArrayList<>();
    private final KnockOutCaps rowCaps = new KnockOutCaps("row");
    private final KnockOutCaps columnCaps = new KnockOutCaps("column");
    private String id;
    private String version;
    private ScoringModel<T> rows;
    private Bands rowBands;
    private ScoringModel<T> columns;
    private Bands columnBands;
    private Comparator<? super T> memberOrder;
    /** The settings given to this builder, as opposed to inherited from a matrix. */
    private boolean idGiven;
    private boolean rowsGiven;
    private boolean columnsGiven;
    private boolean memberOrderGiven;

    Builder() {}

    /**
     * Sets the matrix's id and version.
     *
     * @param id the id, such as {@code "key-account-matrix"}
     * @param version the version, such as {@code "2026.1"}
     * @return this builder
     * @throws NullPointerException if {@code id} or {@code version} is {@code null}
     * @throws IllegalArgumentException if {@code id} or {@code version} is blank
     * @throws IllegalStateException if the id was already set on this builder
     */
    public Builder<T> id(String id, String version) {
      Checks.requireName(id, "matrix id");
      Checks.requireName(version, "matrix version");
      if (idGiven) {
        throw new IllegalStateException(Checks.format(
            "matrix id was already set to '%s %s'", this.id, this.version));
      }
      this.id = id;
      this.version = version;
      this.idGiven = true;
      return this;
    }

    /**
     * Sets the row axis: customer attractiveness, by convention.
     *
     * @param model the scoring model of the rows
     * @param bands the bands of its score
     * @return this builder
     * @throws NullPointerException if {@code model} or {@code bands} is {@code null}
     * @throws IllegalStateException if the rows were already set on this builder
     */
    public Builder<T> rows(ScoringModel<T> model, Bands bands) {
      requireNonNull(model, "model");
      requireNonNull(bands, "bands");
      if (rowsGiven) {
        throw new IllegalStateException(Checks.format("rows were already set to '%s %s (%s)'",
            rows.id(), rows.version(), rowBands));
      }
      this.rows = model;
      this.rowBands = bands;
      this.rowsGiven = true;
      return this;
    }

    /**
     * Sets the column axis: the supplier's position with the customer, by convention.
     *
     * @param model the scoring model of the columns
     * @param bands the bands of its score
     * @return this builder
     * @throws NullPointerException if {@code model} or {@code bands} is {@code null}
     * @throws IllegalStateException if the columns were already set on this builder
     */
    public Builder<T> columns(ScoringModel<T> model, Bands bands) {
      requireNonNull(model, "model");
      requireNonNull(bands, "bands");
      if (columnsGiven) {
        throw new IllegalStateException(Checks.format(
            "columns were already set to '%s %s (%s)'", columns.id(), columns.version(),
            columnBands));
      }
      this.columns = model;
      this.columnBands = bands;
      this.columnsGiven = true;
      return this;
    }

    /**
     * Names the row band that a failed knock-out of the row model caps the customer at:
     * whatever its row score, a customer that fails the knock-out sits in that band or below.
     * A knock-out of the row model without a declared cap caps at the lowest row band.
     *
     * <pre>{@code
     * .rows(attractiveness, Bands.cutAt(33, 67))          // low | medium | high
     * .knockOutCapsRowAt("maximum-discount", "medium")    // never high, may still be medium
     * }</pre>
     *
     * <p>Names and labels are checked at {@link #build()}, against the row model's knock-outs
     * and the row bands then set.
     *
     * @param knockOut the name of a knock-out of the row model
     * @param band the label of the highest row band a failing customer may reach
     * @return this builder
     * @throws NullPointerException if {@code knockOut} or {@code band} is {@code null}
     * @throws IllegalArgumentException if {@code knockOut} or {@code band} is blank
     * @throws IllegalStateException if this knock-out's row cap was already set on this
     *     builder
     */
    public Builder<T> knockOutCapsRowAt(String knockOut, String band) {
      rowCaps.declare(Checks.requireName(knockOut, "knock-out name"),
          Checks.requireName(band, "cap band"));
      return this;
    }

    /**
     * Names the column band that a failed knock-out of the column model caps the customer at:
     * whatever its column score, a customer that fails the knock-out sits in that band or
     * below. A knock-out of the column model without a declared cap caps at the lowest column
     * band. Names and labels are checked at {@link #build()}.
     *
     * @param knockOut the name of a knock-out of the column model
     * @param band the label of the highest column band a failing customer may reach
     * @return this builder
     * @throws NullPointerException if {@code knockOut} or {@code band} is {@code null}
     * @throws IllegalArgumentException if {@code knockOut} or {@code band} is blank
     * @throws IllegalStateException if this knock-out's column cap was already set on this
     *     builder
     */
    public Builder<T> knockOutCapsColumnAt(String knockOut, String band) {
      columnCaps.declare(Checks.requireName(knockOut, "knock-out name"),
          Checks.requireName(band, "cap band"));
      return this;
    }

    /**
     * Names a cell without a treatment.
     *
     * @param rowBand the label of a row band
     * @param columnBand the label of a column band
     * @param name the cell's name, such as {@code "reduce"}
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if a label is not a band of its axis or {@code name} is
     *     blank
     * @throws IllegalStateException if rows or columns are not set yet, or the cell is already
     *     declared
     */
    public Builder<T> cell(String rowBand, String columnBand, String name) {
      return declare(rowBand, columnBand, Checks.requireName(name, "cell name"), null);
    }

    /**
     * Names a cell and recommends how to treat its customers.
     *
     * @param rowBand the label of a row band
     * @param columnBand the label of a column band
     * @param name the cell's name, such as {@code "key account"}
     * @param treatment the recommended treatment, such as {@code "dedicated key-account
     *     manager"}
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if a label is not a band of its axis, or {@code name} or
     *     {@code treatment} is blank
     * @throws IllegalStateException if rows or columns are not set yet, or the cell is already
     *     declared
     */
    public Builder<T> cell(String rowBand, String columnBand, String name, String treatment) {
      return declare(rowBand, columnBand, Checks.requireName(name, "cell name"),
          Checks.requireName(treatment, "cell treatment"));
    }

    private Builder<T> declare(String row, String column, String name, String treatment) {
      requireNonNull(row, "rowBand");
      requireNonNull(column, "columnBand");
      Checks.requireState(rows != null && columns != null,
          "rows and columns must be set before cell(...) but %s: null",
          rows == null ? "rows were" : "columns were");
      Checks.requireArgument(rowBands.has(row),
          "row band must be one of %s but was: '%s'", rowBands.labels(), row);
      Checks.requireArgument(columnBands.has(column),
          "column band must be one of %s but was: '%s'", columnBands.labels(), column);
      for (CellDeclaration d : declarations) {
        Checks.requireState(!(d.row().equals(row) && d.column().equals(column)),
            "cell (%s, %s) must be declared once but was already named: '%s'",
            row, column, d.name());
      }
      declarations.add(new CellDeclaration(row, column, name, treatment));
      return this;
    }

    /**
     * Orders the members of each cell in {@link Classification#members(String, String)}; ties
     * keep input order. The default is row score descending, then column score descending,
     * then input order.
     *
     * @param order the order, such as
     *     {@code Comparator.comparingDouble(Customer::revenue).reversed()}
     * @return this builder
     * @throws NullPointerException if {@code order} is {@code null}
     * @throws IllegalStateException if the member order was already set on this builder
     */
    public Builder<T> memberOrder(Comparator<? super T> order) {
      requireNonNull(order, "order");
      Checks.requireState(!memberOrderGiven, "member order was already set");
      this.memberOrder = order;
      this.memberOrderGiven = true;
      return this;
    }

    /**
     * Builds the matrix. The builder is unchanged.
     *
     * @return the matrix
     * @throws IllegalStateException if the id, rows or columns are not set, a declared cell
     *     names a band the axes no longer have, any cell is left without a name, or a knock-out
     *     cap names a knock-out its axis's model does not have or a band its axis does not have
     */
    public PortfolioMatrix<T> build() {
      Checks.requireState(id != null, "matrix id must be set with id(id, version) but was: null");
      Checks.requireState(rows != null, "rows must be set with rows(model, bands) but was: null");
      Checks.requireState(columns != null,
          "columns must be set with columns(model, bands) but was: null");
      Axis<T> rowAxis = rowCaps.axis(rows, rowBands);
      Axis<T> columnAxis = columnCaps.axis(columns, columnBands);
      Cell[] grid = new Cell[rowBands.size() * columnBands.size()];
      for (CellDeclaration d : declarations) {
        Checks.requireState(rowBands.has(d.row()) && columnBands.has(d.column()),
            "cell '%s' must lie on row bands %s and column bands %s but was at: (%s, %s)",
            d.name(), rowBands.labels(), columnBands.labels(), d.row(), d.column());
        Band row = rowBands.band(d.row());
        Band column = columnBands.band(d.column());
        grid[row.index() * columnBands.size() + column.index()] =
            new Cell(d.name(), d.treatment(), row, column);
      }
      List<String> unnamed = new ArrayList<>();
      for (int i = 0; i < grid.length; i++) {
        if (grid[i] == null) {
          unnamed.add("(" + rowBands.all().get(i / columnBands.size()).label() + ", "
              + columnBands.all().get(i % columnBands.size()).label() + ")");
        }
      }
      Checks.requireState(unnamed.isEmpty(),
          "every cell (row band, column band) must have a name but these had none: %s",
          String.join(", ", unnamed));
      return new PortfolioMatrix<>(this, rowAxis, columnAxis, List.of(grid));
    }
  }
}
