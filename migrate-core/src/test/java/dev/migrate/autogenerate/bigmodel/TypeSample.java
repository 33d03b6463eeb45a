package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One column of every basic type, boxed and primitive. */
@Entity
public class TypeSample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    Long bigValue;

    Integer intValue;

    Short shortValue;

    long primitiveLong;

    int primitiveInt;

    short primitiveShort;

    Double doubleValue;

    double primitiveDouble;

    Boolean flag;

    boolean primitiveFlag;

    @Column(precision = 18, scale = 6)
    BigDecimal decimalValue;

    UUID uuidValue;

    Instant instantValue;

    LocalDate dateValue;

    LocalDateTime dateTimeValue;

    byte[] bytesValue;

    @Lob
    String clobValue;

    @Column(length = 1000)
    String longText;
}
