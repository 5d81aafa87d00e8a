package org.improvementtracker.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class DemoProfileGuardTest {

    private final DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:guard;MODE=PostgreSQL", "sa", "");

    @Test
    void allowsTheEmbeddedDatabase() {
        assertThatCode(() -> new DemoProfileGuard(h2).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void refusesAnyOtherDatabase() {
        assertThatThrownBy(() -> new DemoProfileGuard(reportingProduct("PostgreSQL")).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL");
    }

    /** H2 underneath, but its metadata names another product, as that product's driver would. */
    private DataSource reportingProduct(String product) {
        return proxy(DataSource.class, h2, product);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, String product) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getName().equals("getDatabaseProductName")) {
                return product;
            }
            Object result = method.invoke(target, args);
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection, product);
            }
            if (result instanceof DatabaseMetaData metaData) {
                return proxy(DatabaseMetaData.class, metaData, product);
            }
            return result;
        });
    }
}
