package vn.mohinh.security;

import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/** FEEL through the engine's own FEEL implementation (feel-scala), the dialect Camunda Forms use. */
public final class CamundaFeelEvaluator implements FeelEvaluator {

  private final FeelEngine engine = new ScalaFeelEngineFactory().createInstance();

  @Override
  public Object evaluate(String expression, Map<String, Object> context) {
    String feel = expression.strip();
    if (feel.startsWith("=")) {
      feel = feel.substring(1);
    }
    return engine.evaluateSimpleExpression(feel, Variables.fromMap(context).asVariableContext());
  }
}
