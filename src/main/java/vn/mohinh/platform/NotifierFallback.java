package vn.mohinh.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.mohinh.notification.Notifier;

/**
 * Only while the notification feature is absent from the build: registers a {@code notifier} that
 * logs what would be sent, so the processes run. As soon as the application defines any
 * {@link Notifier} bean this does nothing (decided after every bean definition is known, so the
 * order of configuration classes does not matter). Safe to delete once the feature is merged.
 */
@Configuration(proxyBeanMethods = false)
public class NotifierFallback {

  @Bean
  static BeanDefinitionRegistryPostProcessor notifierFallbackRegistrar() {
    return new BeanDefinitionRegistryPostProcessor() {
      @Override
      public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        boolean defined =
            registry.containsBeanDefinition(Notifier.BEAN_NAME)
                || (registry instanceof ListableBeanFactory factory
                    && factory.getBeanNamesForType(Notifier.class, true, false).length > 0);
        if (!defined) {
          registry.registerBeanDefinition(Notifier.BEAN_NAME, new RootBeanDefinition(LoggingNotifier.class));
        }
      }

      @Override
      public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
    };
  }

  /** Logs every notice instead of sending it. */
  public static class LoggingNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

    public LoggingNotifier() {
      LOG.warn("No notification feature in this build: notices are only logged");
    }

    @Override
    public void remindDeadline(DeadlineNotice deadline, int daysBefore) {
      LOG.info("Reminder {} days before {}", daysBefore, deadline);
    }

    @Override
    public void notifyOverdue(DeadlineNotice deadline) {
      LOG.info("Overdue: {}", deadline);
    }

    @Override
    public void notifyYearOpened(int year) {
      LOG.info("Year {} opened", year);
    }

    @Override
    public void notifyReturned(ReturnNotice notice) {
      LOG.info("Returned: {}", notice);
    }

    @Override
    public void notifyAccepted(AcceptanceNotice notice) {
      LOG.info("Accepted: {}", notice);
    }
  }
}
