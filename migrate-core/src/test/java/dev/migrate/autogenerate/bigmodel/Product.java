package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

/** A second sequence, a Short {@code @Version}, a defaulted Integer, a named check and an implicit join table. */
@Entity
@Check(name = "ck_product_price", constraints = "price >= 0")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    Long id;

    @Version
    Short revision;

    @Column(nullable = false, unique = true, length = 40)
    String sku;

    @Column(nullable = false, length = 120)
    String name;

    @Column(nullable = false, precision = 10, scale = 2)
    BigDecimal price;

    @ColumnDefault("0")
    Integer stock;

    @ManyToMany
    Set<Category> categories = new HashSet<>();
}
