package org.improvementtracker.support;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The demo profile creates well-known accounts with the password "demo". It must never reach a
 * real database, so start-up stops unless the database is the embedded H2 one.
 */
@Component
@Profile("demo")
class DemoProfileGuard implements InitializingBean {

    private final DataSource dataSource;

    DemoProfileGuard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if (!"H2".equals(product)) {
            throw new IllegalStateException("The demo profile runs only on the embedded H2 database, not on "
                    + product + ": it creates accounts with a published password.");
        }
    }
}
