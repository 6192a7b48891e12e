package vn.mohinh.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.mohinh.notification.Notifier;

/**
 * Spring tests only: when the application defines no {@code notifier} bean (the notification
 * feature is built on another branch), registers a {@link RecordingNotifier} under that name, so
 * the BPMN expressions and the services that call the notifier work. When the real bean exists,
 * this does nothing. Found by component scanning, it changes no test's context configuration: every
 * {@code @SpringBootTest @ActiveProfiles("test")} keeps sharing one cached context.
 */
@Configuration(proxyBeanMethods = false)
public class MissingNotifierFallback {

  @Bean
  static BeanDefinitionRegistryPostProcessor notifierFallbackRegistrar() {
    return new BeanDefinitionRegistryPostProcessor() {
      @Override
      public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (!registry.containsBeanDefinition(Notifier.BEAN_NAME)) {
          registry.registerBeanDefinition(Notifier.BEAN_NAME, new RootBeanDefinition(RecordingNotifier.class));
        }
      }

      @Override
      public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
    };
  }

  /** Remembers what it was asked to tell; sends nothing. */
  public static class RecordingNotifier implements Notifier {

    public final List<Object> calls = new CopyOnWriteArrayList<>();

    @Override
    public void remindDeadline(DeadlineNotice deadline, int daysBefore) {
      calls.add(List.of(deadline, daysBefore));
    }

    @Override
    public void notifyOverdue(DeadlineNotice deadline) {
      calls.add(deadline);
    }

    @Override
    public void notifyYearOpened(int year) {
      calls.add(year);
    }

    @Override
    public void notifyReturned(ReturnNotice notice) {
      calls.add(notice);
    }

    @Override
    public void notifyAccepted(AcceptanceNotice notice) {
      calls.add(notice);
    }
  }
}
