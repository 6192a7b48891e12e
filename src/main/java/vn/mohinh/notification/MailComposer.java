package vn.mohinh.notification;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail's HTML and plain-text parts from the Thymeleaf templates
 * {@code templates/mail/<name>.html} and {@code templates/mail/<name>.txt}. Every value a person
 * typed (a comment, a model's name) is escaped by {@code th:text}; the text part is plain text.
 * Its own engines: the web pages' template engine is left as Spring Boot configures it.
 */
@Component
public class MailComposer {

  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

  /** The two parts of a mail. */
  public record Body(String text, String html) {}

  public Body render(String template, Map<String, Object> variables) {
    Context context = new Context(java.util.Locale.forLanguageTag("vi-VN"), variables);
    return new Body(text.process("mail/" + template, context).strip() + "\n", html.process("mail/" + template, context));
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailComposer.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
