package org.improvementtracker;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, by wrapping its DataSource in datasource-proxy.
 * A batch counts once, as it is one round trip. The count is shared by all threads, because requests
 * to the real server run on the server's threads, not the test's. Import with
 * {@code @Import(StatementCounter.class)}.
 */
public class StatementCounter implements BeanPostProcessor {

    private final AtomicInteger executed = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return ProxyDataSourceBuilder.create(beanName, dataSource)
                    .afterQuery((execution, queries) -> executed.incrementAndGet())
                    .build();
        }
        return bean;
    }

    /**
     * The statements sent while the work ran: a request made and answered within it counts whole,
     * as the server sends nothing after the response.
     */
    public int statementsOf(Runnable work) {
        int before = executed.get();
        work.run();
        return executed.get() - before;
    }
}
