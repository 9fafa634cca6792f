package org.gongkai.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A document an alert has matched: its primary key (alert, document) makes every match happen once. */
@Entity
@Table(name = "alert_match")
@IdClass(AlertMatch.Key.class)
public class AlertMatch {
    public static class Key implements Serializable {
        public long alertId;
        public long judgmentId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.alertId == alertId && k.judgmentId == judgmentId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(alertId, judgmentId);
        }
    }

    @Id
    @Column(name = "alert_id")
    public long alertId;

    @Id
    @Column(name = "judgment_id")
    public long judgmentId;

    @Column(name = "change_seq")
    public long changeSeq;

    @Column(name = "delivery_id")
    public long deliveryId;
}
