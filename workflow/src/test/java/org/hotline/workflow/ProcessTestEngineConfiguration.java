package org.hotline.workflow;

import java.sql.Connection;

import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * The engine of the engine-alone process tests ({@code ticket-process.camunda.cfg.xml}): no Spring, on the test
 * MariaDB's {@code hotline_process_test} database (created by {@code ops/test}), reached with the same
 * {@code hotline.test.db.*} properties as the integration tests; Camunda creates its tables on first use.
 */
public class ProcessTestEngineConfiguration extends StandaloneProcessEngineConfiguration {

    public ProcessTestEngineConfiguration() {
        String host = System.getProperty("hotline.test.db.host", "127.0.0.1");
        String port = System.getProperty("hotline.test.db.port", "3306");
        PooledDataSource dataSource = new PooledDataSource("com.mysql.cj.jdbc.Driver",
            "jdbc:mysql://" + host + ":" + port + "/hotline_process_test?sendFractionalSeconds=false"
                + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true&nullDatabaseMeansCurrent=true",
            System.getProperty("hotline.test.db.user", "hotline"),
            System.getProperty("hotline.test.db.password", "hotline"));
        // As the application's pool (Camunda refuses MariaDB's default REPEATABLE READ).
        dataSource.setDefaultTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);
        setDataSource(dataSource);
        setDatabaseSchemaUpdate(DB_SCHEMA_UPDATE_TRUE);
    }
}
