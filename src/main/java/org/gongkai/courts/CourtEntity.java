package org.gongkai.courts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A court as stored in the database; synchronised at start-up from reference/courts.csv. */
@Entity
@Table(name = "court")
public class CourtEntity extends PanacheEntityBase {
    @Id
    public String code;

    public String name;
    public String level;
    public String province;

    @Column(name = "province_code")
    public String provinceCode;

    public String city;

    @Column(name = "parent_code")
    public String parentCode;

    public String region;
}
