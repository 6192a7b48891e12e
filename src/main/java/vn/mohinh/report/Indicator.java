package vn.mohinh.report;

import java.math.BigDecimal;

/**
 * A figure of the report compared with before the model ("có số liệu so sánh"): e.g. "Thời gian giải
 * quyết hồ sơ", "ngày", 12 before, 5 after.
 *
 * @param seq its row in the form (1, 2, …)
 * @param unit the unit of measure, optional
 */
public record Indicator(int seq, String name, String unit, BigDecimal before, BigDecimal after) {

  /** The change after − before. */
  public BigDecimal change() {
    return after.subtract(before);
  }
}
