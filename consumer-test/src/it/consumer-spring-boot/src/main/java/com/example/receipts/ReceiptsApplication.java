package com.example.receipts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application that registers fiscal receipts with the Receipt Bridge SDK. */
@SpringBootApplication
public class ReceiptsApplication {
  public static void main(String[] args) {
    SpringApplication.run(ReceiptsApplication.class, args);
  }
}
