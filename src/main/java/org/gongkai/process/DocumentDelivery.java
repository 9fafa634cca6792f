package org.gongkai.process;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.cases.Party;

/** Delivery of a served document into one party's inbox, and its first read (送达回证 data). */
@Entity
@Table(name = "document_delivery")
public class DocumentDelivery extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    public ServedDocument document;

    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "first_read_at")
    public Instant firstReadAt;

    public static List<DocumentDelivery> listByParty(Party p) {
        return list("party = ?1 order by deliveredAt desc, id desc", p);
    }

    public static Optional<DocumentDelivery> findByDocumentAndParty(long documentId, Party p) {
        return find("document.id = ?1 and party = ?2", documentId, p).firstResultOptional();
    }
}
