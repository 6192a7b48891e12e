package vn.mohinh.evaluation;

import java.math.BigDecimal;

/**
 * An evaluation criterion of the result reports ({@code mohinh.evaluation.criteria}).
 *
 * @param key stable key, stored with each score (upper-case letters, digits, '_')
 * @param label what the reviewer reads ("Thiết thực")
 * @param weight its weight in the total (positive)
 * @param scaleMax the highest score of the criterion (a score runs from 0 to it)
 */
public record Criterion(String key, String label, BigDecimal weight, BigDecimal scaleMax) {}
