package org.gongkai.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.platform.Problem;
import org.gongkai.platform.ProblemException;
import org.jboss.resteasy.reactive.PathPart;

/** The bulk export: the list of complete days, their manifests and their files (with Range). */
@Path("/api/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "exports",
        description = "Daily bulk export of every public record, per channel, gzipped JSON Lines (issue 15)")
public class ExportResource {
    public static final String GZIP = "application/gzip";

    @Inject
    BulkExports exports;

    public record ExportList(List<ExportManifest> exports, LocalDate generating) {}

    @GET
    @Operation(
            summary = "Complete daily exports, newest first, each with its manifest",
            description =
                    "Per channel (judgments, dishonest, restrictions, terminations): file URL, record count, bytes and"
                            + " SHA-256. Each line is a record's canonical public JSON, the bytes of /api/records/{channel}/{id} whose"
                            + " hash the change feed carries; continue with /api/changes?since=changesCursor. `generating`: the day"
                            + " being written now, if any.")
    public ExportList list() {
        return new ExportList(exports.list(), exports.running());
    }

    @GET
    @Path("/{date}")
    @Operation(summary = "The manifest of one day's export; 404 while it is not complete")
    public ExportManifest manifest(@PathParam("date") String date) {
        LocalDate d = BulkExports.parseDate(date);
        return exports.manifest(d)
                .orElseThrow(() -> ProblemException.notFound(
                        d.equals(exports.running())
                                ? org.gongkai.platform.Texts.txt().err_export_running(String.valueOf(d))
                                : org.gongkai.platform.Texts.txt().err_no_export(String.valueOf(d))));
    }

    @GET
    @Path("/{date}/{channel}.jsonl.gz")
    @Produces({GZIP, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "One channel's file of a day's export (gzip, JSON Lines)",
            description = "Accept-Ranges: bytes — a single `Range` answers 206 with Content-Range (resume a download);"
                    + " ETag is the file's SHA-256 from the manifest; If-None-Match answers 304, If-Range with another ETag"
                    + " sends the whole file; a range past the end answers 416.")
    public Response file(
            @PathParam("date") String date,
            @PathParam("channel") String channel,
            @HeaderParam("Range") String range,
            @HeaderParam("If-Range") String ifRange,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        LocalDate d = BulkExports.parseDate(date);
        BulkExports.Located f = exports.file(d, channel)
                .orElseThrow(() -> ProblemException.notFound(
                        org.gongkai.platform.Texts.txt().err_no_export_file(String.valueOf(d), channel)));
        String etag = "\"" + f.entry().sha256() + "\"";
        long size = f.entry().bytes();
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified()
                    .header("ETag", etag)
                    .header("Accept-Ranges", "bytes")
                    .build();
        }
        Optional<ByteRange> r;
        try {
            r = ifRange != null && !ifRange.strip().equals(etag) ? Optional.empty() : ByteRange.parse(range, size);
        } catch (ByteRange.Unsatisfiable e) {
            return Response.status(416)
                    .header("Content-Range", "bytes */" + size)
                    .header("Accept-Ranges", "bytes")
                    .header("ETag", etag)
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(
                            416,
                            "Range Not Satisfiable",
                            "请求的范围超出文件（the file has " + size + " bytes; Range: " + range + "）",
                            null))
                    .build();
        }
        Response.ResponseBuilder b = r.isPresent()
                ? Response.status(206)
                        .entity(new PathPart(f.path(), r.get().first(), r.get().length()))
                        .header(
                                "Content-Range",
                                "bytes " + r.get().first() + "-" + r.get().last() + "/" + size)
                : Response.ok(new PathPart(f.path(), 0, size));
        return b.type(GZIP)
                .header("Accept-Ranges", "bytes")
                .header("ETag", etag)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"gongkai-" + d + "-" + channel + BulkExports.SUFFIX + "\"")
                .header("Cache-Control", "public, max-age=86400")
                .build();
    }
}
