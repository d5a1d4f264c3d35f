package org.tsuho;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.tsuho.audit.AuditCommandLine;

/** Tsuho (通報): the regulator's case-management backend for mandatory cyber-incident reports. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TsuhoApplication {

    public static void main(String[] args) {
        if (AuditCommandLine.verifyRequested(args)) {
            System.exit(AuditCommandLine.verify(TsuhoApplication.class, args));
        }
        SpringApplication.run(TsuhoApplication.class, args);
    }
}
