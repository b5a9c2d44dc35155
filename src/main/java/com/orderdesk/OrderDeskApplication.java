package com.orderdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OrderDesk: the order admin backend of a Japanese online shop, one Spring Boot application made of
 * Spring Modulith modules ({@code order}, {@code payment}, {@code shipping}, {@code customer},
 * {@code access}) over one PostgreSQL database.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "OrderDesk", sharedModules = "shared")
public class OrderDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderDeskApplication.class, args);
    }
}
