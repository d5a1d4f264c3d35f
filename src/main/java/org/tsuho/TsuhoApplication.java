package org.tsuho;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tsuho (通報): the regulator's case-management backend for mandatory cyber-incident reports. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TsuhoApplication {

    public static void main(String[] args) {
        SpringApplication.run(TsuhoApplication.class, args);
    }
}
