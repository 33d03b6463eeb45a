package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Check;

/** The same embeddable twice under {@code @AttributeOverride}s, a named table check, the inverse side of a one-to-many. */
@Entity
@Check(name = "ck_company_founded", constraints = "founded_year > 1800")
public class Company extends Audited {

    @Column(nullable = false, unique = true, length = 120)
    String name;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "hq_street", length = 120))
    @AttributeOverride(name = "city", column = @Column(name = "hq_city", length = 60, nullable = false))
    @AttributeOverride(name = "postCode", column = @Column(name = "hq_post_code", length = 12))
    @AttributeOverride(name = "countryCode", column = @Column(name = "hq_country", length = 2))
    PostalAddress headquarters;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 120))
    @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 60))
    @AttributeOverride(name = "postCode", column = @Column(name = "billing_post_code", length = 12))
    @AttributeOverride(name = "countryCode", column = @Column(name = "billing_country", length = 2))
    PostalAddress billing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    WorkStatus status;

    Short foundedYear;

    @OneToMany(mappedBy = "company")
    List<Department> departments = new ArrayList<>();
}
