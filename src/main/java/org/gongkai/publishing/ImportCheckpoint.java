package org.gongkai.publishing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far a bulk import of one input file got (resume after interruption). */
@Entity
@Table(name = "import_checkpoint")
public class ImportCheckpoint extends PanacheEntityBase {
    @Id
    @Column(name = "file_key")
    public String fileKey;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "next_line")
    public long nextLine;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
