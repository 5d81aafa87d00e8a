package org.improvementtracker.reporting;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, by wrapping its DataSource in datasource-proxy; a
 * batch counts once, as it is one round trip. Import with {@code @Import(SqlStatementCounter.class)}.
 */
public class SqlStatementCounter implements BeanPostProcessor {

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

    /** The statements sent while the work ran. */
    public int statementsOf(Work work) throws Exception {
        int before = executed.get();
        work.run();
        return executed.get() - before;
    }

    /** Work that may throw, as MockMvc requests do. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
