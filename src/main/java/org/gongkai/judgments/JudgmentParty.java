package org.gongkai.judgments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A party as submitted with a judgment; {@code publicName} is what the public sees. */
@Entity
@Table(name = "judgment_party")
public class JudgmentParty extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "judgment_id")
    public Judgment judgment;

    public int position;
    public String name;

    @Column(name = "public_name")
    public String publicName;

    public String role;
    public String kind;

    @Column(name = "id_number")
    public String idNumber;

    public boolean minor;
}
