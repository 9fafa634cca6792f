package org.gongkai.process;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.cases.CourtCase;

/** A document served electronically (电子送达) to one or more parties of a case. Original text. */
@Entity
@Table(name = "served_document")
public class ServedDocument extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public CourtCase courtCase;

    public String title;
    public String kind;

    @Column(columnDefinition = "text")
    public String body;

    @Column(name = "served_at")
    public Instant servedAt;

    @Column(name = "served_by")
    public String servedBy;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<DocumentDelivery> deliveries = new ArrayList<>();

    public static List<ServedDocument> listByCase(CourtCase c) {
        return list("courtCase = ?1 order by servedAt, id", c);
    }
}
