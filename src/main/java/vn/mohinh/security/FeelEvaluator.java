package vn.mohinh.security;

import java.util.Map;

/** Evaluates a FEEL expression of a Camunda Form ({@code conditional.hide}, {@code valuesExpression}, …). */
@FunctionalInterface
public interface FeelEvaluator {

  /**
   * @param expression the expression, with or without the leading {@code =}
   * @param context the data the form sees (plain Java values: String, Number, Boolean, List, Map)
   * @return the value
   * @throws RuntimeException if the expression cannot be evaluated
   */
  Object evaluate(String expression, Map<String, Object> context);

  /** No FEEL support: every expression is "unknown". */
  FeelEvaluator NONE = (expression, context) -> {
    throw new UnsupportedOperationException("FEEL is not available");
  };
}
