package vn.haugiang.digitalhelp.app.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.event.SimpleApplicationEventMulticaster;

/**
 * Domain events (a turn recorded, a guide changed, a request claimed) are told to their listeners in
 * the publisher's thread. A listener that fails (metrics rollups, follow-up planning, the index refresh)
 * is logged and the others still run; the failure never reaches the publisher, so a metrics fault
 * cannot stop the bot from answering a resident.
 */
@Configuration(proxyBeanMethods = false)
public class ListenerFailuresStayWithTheListener {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailuresStayWithTheListener.class);

    @Bean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME)
    SimpleApplicationEventMulticaster applicationEventMulticaster(BeanFactory beanFactory) {
        SimpleApplicationEventMulticaster multicaster = new SimpleApplicationEventMulticaster(beanFactory);
        multicaster.setErrorHandler(failure -> log.error("An event listener failed; the event's publisher goes on", failure));
        return multicaster;
    }
}
